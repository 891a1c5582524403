package org.mentorship.system.story;

import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mentors evaluate; mentees and mentors move the plan's tasks to done, so a final pass completes. */
final class EvaluationSteps {

    /** Written by every mentor as a private comment: no mentee may ever read it. */
    static final String PRIVATE_NOTE = "PRIVATE-NOTE-for-coordinators";

    private final StorySystem sys;
    private final Actors actors;
    private final Story story;

    EvaluationSteps(StorySystem sys, Actors actors, Story story) {
        this.sys = sys;
        this.actors = actors;
        this.story = story;
    }

    void pass(String mentee, int number) {
        submit(mentee, number, "PASS", null)
                .then()
                .statusCode(201)
                .body("number", equalTo(number))
                .body("outcome", equalTo("PASS"));
        Steps.log("%s: evaluation %d PASS", actors.id(mentee), number);
    }

    /**
     * The mentor's FAIL, then the coordinator's CONFIRM: a FAIL is first under review (the mentee may appeal), and only
     * the confirmation publishes EvaluationFailed and terminates the mentorship, as the story expects.
     */
    void fail(String mentee, int number) {
        submit(mentee, number, "FAIL", null)
                .then()
                .statusCode(201)
                .body("outcome", equalTo("FAIL"))
                .body("status", equalTo("UNDER_REVIEW"));
        Steps.log("%s: evaluation %d FAIL (under review)", actors.id(mentee), number);
        review(mentee, number, "CONFIRM", "The mentor's FAIL stands");
    }

    /** The mentee appeals the FAIL under review of her evaluation {@code number}, once, with a statement. */
    void appeal(String mentee, int number, String statement) {
        sys.as(actors.mentee(mentee))
                .body(Map.of("statement", statement))
                .post("/api/v1/evaluations/" + evaluationId(mentee, number) + "/appeal")
                .then()
                .statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("appealStatement", equalTo(statement));
        Steps.log("%s: evaluation %d FAIL appealed", actors.id(mentee), number);
    }

    /** The coordinator decides the FAIL under review: CONFIRM (it ends the mentorship) or OVERTURN (it is a PASS). */
    void review(String mentee, int number, String decision, String reason) {
        sys.as(actors.coordinator())
                .body(Map.of("decision", decision, "reason", reason))
                .post("/api/v1/evaluations/" + evaluationId(mentee, number) + "/review")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("reviewDecision", equalTo(decision))
                .body("outcome", equalTo("CONFIRM".equals(decision) ? "FAIL" : "PASS"));
        Steps.log("%s: evaluation %d FAIL review: %s", actors.id(mentee), number, decision);
    }

    /**
     * The mentor's FAIL under review, the mentee's appeal and the coordinator's OVERTURN: the evaluation is a PASS,
     * and only then do its events follow.
     */
    void failAppealedAndOverturned(String mentee, int number) {
        submit(mentee, number, "FAIL", null).then().statusCode(201).body("status", equalTo("UNDER_REVIEW"));
        appeal(mentee, number, "My parser PRs were merged in week 5; the mentor reviewed an old branch");
        review(mentee, number, "OVERTURN", "The merged PRs meet the plan for this evaluation");
    }

    /**
     * The mentee's evaluation of her mentorship: the coordinator reads it, her mentor never does (he is evaluated).
     */
    void menteeFeedback(String mentee, int number, int mentorSupport, int hoursWorked) {
        String evaluation = evaluationId(mentee, number);
        sys.as(actors.mentee(mentee))
                .body(Map.of("mentorSupport", mentorSupport, "hoursWorked", hoursWorked))
                .put("/api/v1/evaluations/" + evaluation + "/mentee-feedback")
                .then()
                .statusCode(200);
        String path = "/api/v1/mentorships/" + story.mentorship(mentee) + "/evaluations/" + number;
        sys.as(actors.coordinator())
                .get(path)
                .then()
                .statusCode(200)
                .body("menteeFeedback.mentorSupport", equalTo(mentorSupport));
        sys.as(actors.mentor(story.mentorOf(mentee)))
                .get(path)
                .then()
                .statusCode(200)
                .body("menteeFeedback", org.hamcrest.Matchers.nullValue());
        Steps.log("%s: evaluation %d, her own evaluation of the mentorship given", actors.id(mentee), number);
    }

    /** The id of evaluation {@code number} of the mentee's mentorship (the appeal and review address it by id). */
    String evaluationId(String mentee, int number) {
        return sys.as(actors.coordinator())
                .get("/api/v1/mentorships/" + story.mentorship(mentee) + "/evaluations/" + number)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    void extend(String mentee, int number, int weeks) {
        submit(mentee, number, "EXTEND", weeks).then().statusCode(201);
        Steps.log("%s: evaluation %d extended by %d week(s)", actors.id(mentee), number, weeks);
    }

    io.restassured.response.Response submit(String mentee, int number, String outcome, Integer weeks) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "tasksAndMilestones",
                4,
                "engagement",
                4,
                "progressAgainstPlan",
                4,
                "commentsForMentee",
                "Evaluation " + number + ": " + outcome,
                "privateComments",
                PRIVATE_NOTE,
                "outcome",
                outcome));
        if (weeks != null) {
            body.put("extensionWeeks", weeks);
        }
        return sys.as(actors.mentor(story.mentorOf(mentee)))
                .body(body)
                .post("/api/v1/mentorships/" + story.mentorship(mentee) + "/evaluations/" + number);
    }

    /** The evaluations of {@code owner}'s mentorship as {@code reader} (a mentee) reads them: status and body. */
    io.restassured.response.Response evaluationsAsMentee(String reader, String owner) {
        return sys.as(actors.mentee(reader)).get("/api/v1/mentorships/" + story.mentorship(owner) + "/evaluations");
    }

    String evaluationsAsCoordinator(String owner) {
        return sys.as(actors.coordinator())
                .get("/api/v1/mentorships/" + story.mentorship(owner) + "/evaluations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    String mentorshipStatus(String mentee) {
        return sys.as(actors.coordinator())
                .get("/api/v1/mentorships/" + story.mentorship(mentee))
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    /** Every task of the plan: the mentee starts it and asks for review with a link, the mentor accepts it. */
    void finishPlan(String mentee) {
        UUID m = story.mentorship(mentee);
        String base = "/api/v1/mentorships/" + m + "/tasks";
        List<String> tasks = sys.as(actors.mentee(mentee))
                .queryParam("size", 100)
                .get(base)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
        for (String task : tasks) {
            sys.as(actors.mentee(mentee))
                    .body(Map.of("status", "IN_PROGRESS"))
                    .post(base + "/" + task + "/status")
                    .then()
                    .statusCode(200);
            sys.as(actors.mentee(mentee))
                    .body(Map.of(
                            "status",
                            "IN_REVIEW",
                            "evidenceLinks",
                            List.of("https://github.com/cnsf/pull/" + task.substring(0, 8))))
                    .post(base + "/" + task + "/status")
                    .then()
                    .statusCode(200);
            sys.as(actors.mentor(story.mentorOf(mentee)))
                    .body(Map.of("status", "DONE"))
                    .post(base + "/" + task + "/status")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("DONE"));
        }
        Steps.log("%s: %d plan tasks done", actors.id(mentee), tasks.size());
    }
}
