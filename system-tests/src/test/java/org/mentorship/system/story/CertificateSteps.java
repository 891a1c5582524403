package org.mentorship.system.story;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Exams, the survey, Letters of Completion: issued, verified by anyone, revoked. */
final class CertificateSteps {

    private final StorySystem sys;
    private final Actors actors;
    private final Story story;

    CertificateSteps(StorySystem sys, Actors actors, Story story) {
        this.sys = sys;
        this.actors = actors;
        this.story = story;
    }

    /** The learning platform (partner) records an attempt at the mentee's project exam. */
    void examResult(String mentee, int score, boolean passed) {
        sys.as(actors.partner())
                .body(Map.of(
                        "examId",
                        story.exams.get(story.projectOf.get(mentee)).toString(),
                        "mentorshipId",
                        story.mentorship(mentee).toString(),
                        "score",
                        score))
                .post("/api/v1/exams/results")
                .then()
                .statusCode(201)
                .body("passed", equalTo(passed));
        Steps.log("%s: exam score %d (%s)", actors.id(mentee), score, passed ? "passed" : "not passed");
    }

    /** An attempt for a mentorship whose record is closed: refused, with the problem type returned. */
    String examResultRefused(String mentee, int score) {
        return sys.as(actors.partner())
                .body(Map.of(
                        "examId",
                        story.exams.get(story.projectOf.get(mentee)).toString(),
                        "mentorshipId",
                        story.mentorship(mentee).toString(),
                        "score",
                        score))
                .post("/api/v1/exams/results")
                .then()
                .statusCode(409)
                .extract()
                .path("type");
    }

    /** The survey opens once MentorshipCompleted reached certificate-service: wait for that, then answer. */
    void answerSurvey(String mentee) {
        Steps.eventually(
                actors.id(mentee) + " answers the survey",
                () -> sys.as(actors.mentee(mentee))
                        .body(Map.of(
                                "mentorshipId",
                                story.mentorship(mentee).toString(),
                                "version",
                                story.surveyVersion,
                                "answers",
                                Map.of("mentor-support", 9, "comments", "Great program")))
                        .post("/api/v1/surveys/answers")
                        .then()
                        .statusCode(201));
        Steps.log("%s answered the survey", actors.id(mentee));
    }

    /** Waits for the mentee's certificate (their own list) and keeps its id and verification code. */
    void awaitCertificate(String mentee) {
        List<Map<String, Object>> items = Steps.eventually(
                actors.id(mentee) + " certificate",
                () -> sys.as(actors.mentee(mentee))
                        .get("/api/v1/certificates")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .<Map<String, Object>>getList("items"),
                l -> !l.isEmpty());
        Map<String, Object> c = items.get(0);
        story.certificates.put(mentee, java.util.UUID.fromString((String) c.get("id")));
        story.codes.put(mentee, (String) c.get("verificationCode"));
        Steps.log("%s: certificate %s, code %s", actors.id(mentee), c.get("id"), c.get("verificationCode"));
    }

    /** Public verification, no token. */
    JsonPath verify(String mentee) {
        return sys.anonymous()
                .get("/api/v1/certificates/verify/" + story.codes.get(mentee))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    void revoke(String mentee, String reason) {
        sys.as(actors.coordinator())
                .body(Map.of("reason", reason))
                .post("/api/v1/certificates/" + story.certificates.get(mentee) + "/revoke")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"));
        Steps.log("%s: certificate revoked (%s)", actors.id(mentee), reason);
    }

    String completionStatus(String mentee) {
        return sys.as(actors.coordinator())
                .get("/api/v1/completions/" + story.mentorship(mentee))
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }
}
