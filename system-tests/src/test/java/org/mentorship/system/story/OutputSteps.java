package org.mentorship.system.story;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;

/** The program output (the mentee's work product and final report, a mentor's confirmation) and the graduates list. */
final class OutputSteps {

    private final StorySystem sys;
    private final Actors actors;

    OutputSteps(StorySystem sys, Actors actors) {
        this.sys = sys;
        this.actors = actors;
    }

    /** The mentee submits her output in the final evaluation's window; not confirmed yet. */
    void submitOutput(String mentee, UUID mentorshipId, String url, String report) {
        sys.as(actors.mentee(mentee))
                .body(Map.of("workProductUrl", url, "finalReport", report))
                .put("/api/v1/mentorships/" + mentorshipId + "/output")
                .then()
                .statusCode(200)
                .body("workProductUrl", equalTo(url))
                .body("confirmed", equalTo(false));
        Steps.log("%s submitted the program output of %s: %s", actors.id(mentee), mentorshipId, url);
    }

    /** A mentor of the mentorship confirms the output, so MentorshipCompleted carries it to the letter. */
    void confirmOutput(String mentor, UUID mentorshipId) {
        sys.as(actors.mentor(mentor))
                .post("/api/v1/mentorships/" + mentorshipId + "/output/confirmation")
                .then()
                .statusCode(200)
                .body("confirmed", equalTo(true));
        Steps.log("%s confirmed the program output of %s", actors.id(mentor), mentorshipId);
    }

    /** The public list of a term's graduates, read without a token. */
    JsonPath graduates(UUID termId) {
        JsonPath page = sys.anonymous()
                .queryParam("termId", termId.toString())
                .get("/api/v1/graduates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Steps.log("Graduates of term %s: %d listed", termId, page.getLong("total"));
        return page;
    }
}
