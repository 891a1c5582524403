package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What /api/v1/me/dashboard shows each person: their own things, not other people's, no private comments. */
final class DashboardChecks {

    private final StorySystem sys;
    private final Actors actors;
    private final Story story;

    DashboardChecks(StorySystem sys, Actors actors, Story story) {
        this.sys = sys;
        this.actors = actors;
        this.story = story;
    }

    String dashboard(String token) {
        return sys.as(token)
                .get("/api/v1/me/dashboard")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The mentee sees their mentorship, and nothing of the other mentees nor any private comment. */
    void menteeSeesOnlyOwn(String mentee, List<String> others) {
        String body = dashboard(actors.mentee(mentee));
        Steps.log("Dashboard of %s: %s", actors.id(mentee), body);
        assertThat(body)
                .contains(actors.id(mentee))
                .contains(story.mentorship(mentee).toString());
        assertThat(body).doesNotContain(EvaluationSteps.PRIVATE_NOTE);
        for (String other : others) {
            assertThat(body).doesNotContain(actors.id(other));
            if (story.mentorship(other) != null) {
                assertThat(body).doesNotContain(story.mentorship(other).toString());
            }
        }
    }

    /** A mentor sees no private comment text in the dashboard either (it is counts and due reviews). */
    void mentorDashboard(String mentor) {
        String body = dashboard(actors.mentor(mentor));
        Steps.log("Dashboard of mentor %s: %s", actors.id(mentor), body);
        assertThat(body).contains(actors.id(mentor)).doesNotContain(EvaluationSteps.PRIVATE_NOTE);
    }

    /** Without a token there is no dashboard. */
    void anonymousRefused() {
        sys.anonymous().get("/api/v1/me/dashboard").then().statusCode(401);
    }
}
