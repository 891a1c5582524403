package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * Eligibility (issue 18): the term's rules set by the coordinator, each applicant's one answer, and the conflicts a
 * term refuses (a mentor of the term cannot apply in it), each through the gateway.
 */
final class EligibilitySteps {

    /** Where the story's stipends can be paid; an applicant living elsewhere is flagged, not refused. */
    static final List<String> PAID_COUNTRIES = List.of("DE", "FR", "NL");

    private final StorySystem sys;
    private final Actors actors;
    private final Story story;

    EligibilitySteps(StorySystem sys, Actors actors, Story story) {
        this.sys = sys;
        this.actors = actors;
        this.story = story;
    }

    /** At least 10 hours a week, over 18, stipends paid in {@link #PAID_COUNTRIES}. */
    void setRules() {
        sys.as(actors.coordinator())
                .body(Map.of("minHoursPerWeek", 10, "over18Required", true, "paidCountries", PAID_COUNTRIES))
                .put("/api/v1/terms/" + story.term + "/eligibility-rules")
                .then()
                .statusCode(200);
        Steps.log("Term eligibility: at least 10 h a week, over 18, stipends paid in %s", PAID_COUNTRIES);
    }

    /** The applicant's one answer for the term; answering again is refused and changes nothing. */
    void answer(String mentee, int hoursPerWeek, String country) {
        Map<String, Object> body =
                Map.of("hoursPerWeek", hoursPerWeek, "otherCommitmentHours", 0, "over18", true, "country", country);
        sys.as(actors.mentee(mentee))
                .body(body)
                .put("/api/v1/terms/" + story.term + "/eligibility")
                .then()
                .statusCode(201);
        String type = sys.as(actors.mentee(mentee))
                .body(Map.of("hoursPerWeek", 40, "otherCommitmentHours", 0, "over18", true, "country", "DE"))
                .put("/api/v1/terms/" + story.term + "/eligibility")
                .then()
                .statusCode(409)
                .extract()
                .jsonPath()
                .getString("type");
        assertThat(type).endsWith("/eligibility-already-answered");
        assertThat(sys.as(actors.mentee(mentee))
                        .get("/api/v1/terms/" + story.term + "/eligibility")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getInt("hoursPerWeek"))
                .isEqualTo(hoursPerWeek);
    }

    /** A mentor of the term (here with an applicant's token) cannot apply in it: 409 mentor-in-term. */
    void mentorCannotApplyInHerTerm(String mentor, String otherProject) {
        String type = sys.as(sys.system.token(actors.id(mentor), "mentee"))
                .body(Map.of(
                        "projectId",
                        story.projects.get(otherProject).id().toString(),
                        "motivation",
                        "I mentor here too"))
                .post("/api/v1/applications")
                .then()
                .statusCode(409)
                .extract()
                .jsonPath()
                .getString("type");
        assertThat(type).endsWith("/mentor-in-term");
        Steps.log("%s, a mentor of the term, cannot apply in it: %s", actors.id(mentor), type);
    }

    /** What the coordinator sees of an application's eligibility (its flags). */
    List<String> flags(String mentee, String project) {
        return sys.as(actors.coordinator())
                .get("/api/v1/applications/" + story.application(mentee, project))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("eligibilityFlags", String.class);
    }
}
