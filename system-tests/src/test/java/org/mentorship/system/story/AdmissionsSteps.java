package org.mentorship.system.story;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Applicants' profiles, applications and prerequisites; the review, its decisions and how each person hears. */
final class AdmissionsSteps {

    private final StorySystem sys;
    private final Actors actors;
    private final Story story;

    AdmissionsSteps(StorySystem sys, Actors actors, Story story) {
        this.sys = sys;
        this.actors = actors;
        this.story = story;
    }

    /** A profile; {@code phone} non-null means the person prefers a call. */
    void profile(String mentee, String fullName, String phone) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                fullName,
                "email",
                actors.email(mentee),
                "preferredContact",
                phone == null ? "EMAIL" : "PHONE",
                "timeZone",
                "Europe/Berlin",
                "country",
                "DE"));
        if (phone != null) {
            body.put("phone", phone);
        }
        sys.as(actors.mentee(mentee))
                .body(body)
                .put("/api/v1/applicants/me")
                .then()
                .statusCode(200);
    }

    UUID apply(String mentee, String project) {
        JsonPath a = sys.as(actors.mentee(mentee))
                .body(Map.of(
                        "projectId", story.projects.get(project).id().toString(), "motivation", "I use it every day"))
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(a.getString("status")).isEqualTo("SUBMITTED");
        UUID id = UUID.fromString(a.getString("id"));
        story.applications.put(mentee + "/" + project, id);
        Steps.log("%s applied to %s: %s", actors.id(mentee), project, id);
        return id;
    }

    /** The mentee hands in the first {@code submitted} prerequisites; the mentor approves the first {@code approved}. */
    void prerequisites(String mentee, String project, int submitted, int approved) {
        UUID application = story.application(mentee, project);
        Story.Project p = story.projects.get(project);
        for (int i = 0; i < submitted; i++) {
            sys.as(actors.mentee(mentee))
                    .body(Map.of("evidence", "https://github.com/cnsf/" + project + "/pull/" + (100 + i)))
                    .put("/api/v1/applications/" + application + "/prerequisites/"
                            + p.prerequisites().get(i) + "/evidence")
                    .then()
                    .statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"));
        }
        for (int i = 0; i < approved; i++) {
            sys.as(actors.mentor(p.mentor()))
                    .post("/api/v1/applications/" + application + "/prerequisites/"
                            + p.prerequisites().get(i) + "/approve")
                    .then()
                    .statusCode(200);
        }
        List<String> statuses = sys.as(actors.mentee(mentee))
                .get("/api/v1/applications/" + application + "/prerequisites")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("status", String.class);
        assertThat(statuses.stream().filter("APPROVED"::equals).count()).isEqualTo(approved);
        Steps.log("%s on %s: %d of %d prerequisites approved", actors.id(mentee), project, approved, statuses.size());
    }

    /** A coordinator's decision; returns the HTTP status and the problem type (or the new status). */
    JsonPath decide(String mentee, String project, String outcome, String reason, int expectedStatus) {
        Map<String, Object> body = new HashMap<>(Map.of("outcome", outcome));
        if (reason != null) {
            body.put("reason", reason);
        }
        return sys.as(actors.coordinator())
                .body(body)
                .post("/api/v1/applications/" + story.application(mentee, project) + "/decision")
                .then()
                .statusCode(expectedStatus)
                .extract()
                .jsonPath();
    }

    /** The applicant declines her acceptance (withdraws the application) before onboarding. */
    void withdraw(String mentee, String project, String reason) {
        sys.as(actors.mentee(mentee))
                .body(Map.of("reason", reason))
                .post("/api/v1/applications/" + story.application(mentee, project) + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN"));
        Steps.log("%s withdrew from %s: %s", actors.id(mentee), project, reason);
    }

    /** The status as the applicant sees it (held by the announcement embargo until the term's announceAt). */
    String status(String mentee, String project) {
        return sys.as(actors.mentee(mentee))
                .get("/api/v1/applications/" + story.application(mentee, project))
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    String decisionReason(String mentee, String project) {
        return sys.as(actors.mentee(mentee))
                .get("/api/v1/applications/" + story.application(mentee, project))
                .then()
                .statusCode(200)
                .extract()
                .path("decisionReason");
    }

    /** The subjects of the mail the mentee received, from the local mail server's API. */
    List<String> mailSubjects(String mentee) {
        // The URL is encoded already (the @); RestAssured would encode it again.
        return given().urlEncodingEnabled(false)
                .get(sys.system.mailboxUrl(actors.email(mentee)))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("subject", String.class);
    }

    /** As {@link #mailSubjects}, also for a mentee no mail reached yet (the mail server knows no mailbox of hers). */
    List<String> mailSubjectsSoFar(String mentee) {
        io.restassured.response.Response answer =
                given().urlEncodingEnabled(false).get(sys.system.mailboxUrl(actors.email(mentee)));
        if (answer.statusCode() == 400 && !answer.asString().contains("subject")) {
            return List.of();
        }
        return answer.then().statusCode(200).extract().jsonPath().getList("subject", String.class);
    }

    /** The open call tasks for an application (for people who prefer a call). */
    List<Map<String, Object>> callTasks(String mentee, String project) {
        return sys.as(actors.coordinator())
                .queryParam("applicationId", story.application(mentee, project))
                .get("/api/v1/call-tasks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    void callDone(String taskId) {
        sys.as(actors.coordinator())
                .body(Map.of("note", "Called, they are happy"))
                .post("/api/v1/call-tasks/" + taskId + "/done")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DONE"));
    }
}
