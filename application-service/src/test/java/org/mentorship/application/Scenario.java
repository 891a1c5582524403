package org.mentorship.application;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentorship.testsupport.Tokens;

/** Builds program situations through the API, with names unique to each test so tests never collide. */
public final class Scenario {

    public static final String COORDINATOR = Tokens.coordinator("cora");
    public static final String PROBLEMS = "https://mentorship.example.org/problems/";

    public static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Program time now (the clock tests move). */
    public static Instant now() {
        return Instant.parse(given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/clock")
                .then()
                .statusCode(200)
                .extract()
                .path("now"));
    }

    public static void advance(Duration by) {
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("by", by.toString()))
                .post("/api/v1/clock/advance")
                .then()
                .statusCode(200);
    }

    public static Map<String, Object> termBody(Instant open, Instant close, Integer reviewDays) {
        var start = close.plus(Duration.ofDays(40)).atZone(ZoneOffset.UTC).toLocalDate();
        var body = new java.util.HashMap<String, Object>(Map.of(
                "name",
                unique("term"),
                "applicationsOpenAt",
                open.toString(),
                "applicationsCloseAt",
                close.toString(),
                "programStart",
                start.toString(),
                "programEnd",
                start.plusDays(90).toString()));
        if (reviewDays != null) {
            body.put("reviewDays", reviewDays);
        }
        return body;
    }

    /** A term open for applications now: closes in 2 days, 14 days of review after that. */
    public static UUID openTerm() {
        Instant now = now();
        return createTerm(termBody(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)), 14));
    }

    public static UUID createTerm(Map<String, Object> body) {
        return UUID.fromString(given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/terms")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public static Map<String, Object> projectBody(UUID term, int slots, String mentor, int tasks) {
        List<Map<String, Object>> prerequisites = new java.util.ArrayList<>();
        for (int i = 1; i <= tasks; i++) {
            prerequisites.add(Map.of("title", "Task " + i, "instructions", "Do task " + i, "evidenceKind", "LINK"));
        }
        var body = new java.util.HashMap<String, Object>(Map.of(
                "termId",
                term.toString(),
                "organization",
                "CNCF",
                "title",
                unique("Project"),
                "description",
                "A project",
                "skills",
                List.of("go", "docs"),
                "mentorIds",
                List.of(mentor),
                "slots",
                slots,
                "evaluationCount",
                3,
                "prerequisites",
                prerequisites,
                "published",
                true));
        body.put("mentorEmails", Map.of(mentor, mentor + "@mentors.example.org"));
        return body;
    }

    public static UUID project(UUID term, int slots, String mentor) {
        return createProject(projectBody(term, slots, mentor, 1));
    }

    public static UUID createProject(Map<String, Object> body) {
        return UUID.fromString(given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public static void profile(String user, String preferredContact) {
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Name of " + user,
                        "email",
                        user + "@example.org",
                        "phone",
                        "+1 555 0100",
                        "preferredContact",
                        preferredContact,
                        "timeZone",
                        "Asia/Tokyo",
                        "country",
                        "JP"))
                .put("/api/v1/applicants/me")
                .then()
                .statusCode(200);
    }

    public static Response tryApply(String user, UUID project) {
        return given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of("projectId", project.toString(), "motivation", "I want to learn"))
                .post("/api/v1/applications");
    }

    public static UUID apply(String user, UUID project) {
        return UUID.fromString(
                tryApply(user, project).then().statusCode(201).extract().path("id"));
    }

    /** A new applicant (email contact) with one application to the project. */
    public static UUID applicant(String user, UUID project) {
        profile(user, "EMAIL");
        return apply(user, project);
    }

    public static List<String> taskIds(String token, UUID application) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/applications/" + application + "/prerequisites")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("taskId", String.class);
    }

    public static Response submitEvidence(String user, UUID application, String task, String evidence) {
        return given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of("evidence", evidence))
                .put("/api/v1/applications/" + application + "/prerequisites/" + task + "/evidence");
    }

    public static Response approve(String mentor, UUID application, String task) {
        return given().auth()
                .oauth2(Tokens.mentor(mentor))
                .contentType(ContentType.JSON)
                .post("/api/v1/applications/" + application + "/prerequisites/" + task + "/approve");
    }

    public static void completePrerequisites(String user, String mentor, UUID application) {
        for (String task : taskIds(Tokens.mentee(user), application)) {
            submitEvidence(user, application, task, "https://github.com/org/repo/pull/1")
                    .then()
                    .statusCode(200);
            approve(mentor, application, task).then().statusCode(200);
        }
    }

    public static Response decide(UUID application, Map<String, Object> body) {
        return given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/applications/" + application + "/decision");
    }

    /** Accepts now, overriding the review minimum (tests that do not care about waiting 14 days). */
    public static Response acceptEarly(UUID application) {
        return decide(application, Map.of("outcome", "ACCEPT", "overrideReason", "test: decide early"));
    }

    public static String status(UUID application) {
        return given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    public static int historySize(UUID application) {
        return given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$")
                .size();
    }

    /**
     * Makes {@code user} a mentor of the project behind the API's back: since issue 18 the API refuses an applicant of
     * a term as one of its mentors (mentor-in-term), so this is the record of a project mentored before that rule.
     */
    public static void mentorFromBeforeTheRule(UUID project, String user) {
        QuarkusTransaction.requiringNew()
                .run(() -> Arc.container()
                        .instance(EntityManager.class)
                        .get()
                        .createNativeQuery("insert into project_mentor (project_id, mentor_id) values (?1, ?2)")
                        .setParameter(1, project)
                        .setParameter(2, user)
                        .executeUpdate());
    }

    private Scenario() {}
}
