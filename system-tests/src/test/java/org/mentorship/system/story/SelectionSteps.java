package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Selection (issue 18): a project's rubric, an applicant's preference order and the mentors' scores, each through the
 * gateway. A mentor sees only her own scores; the coordinator sees every reviewer's and the averages.
 */
final class SelectionSteps {

    private final StorySystem sys;
    private final Actors actors;
    private final Story story;

    SelectionSteps(StorySystem sys, Actors actors, Story story) {
        this.sys = sys;
        this.actors = actors;
        this.story = story;
    }

    /** Prerequisite work out of 10, motivation out of 5. */
    void rubric(String project) {
        sys.as(actors.coordinator())
                .body(Map.of(
                        "criteria",
                        List.of(
                                Map.of("key", "prerequisites", "label", "Prerequisite work", "maxPoints", 10),
                                Map.of("key", "motivation", "label", "Motivation and fit", "maxPoints", 5))))
                .put("/api/v1/projects/" + story.projects.get(project).id() + "/rubric")
                .then()
                .statusCode(200);
    }

    /** The applicant's applications of the term in her order of preference. */
    void rank(String mentee, String... projects) {
        List<String> ids = Arrays.stream(projects)
                .map(p -> story.application(mentee, p).toString())
                .toList();
        JsonPath ranked = sys.as(actors.mentee(mentee))
                .body(Map.of("applicationIds", ids))
                .put("/api/v1/terms/" + story.term + "/preferences")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(ranked.getList("applications.applicationId")).containsExactlyElementsOf(ids);
        Steps.log("%s ranks %s", actors.id(mentee), Arrays.toString(projects));
    }

    /** The project's mentor scores the mentee's application; answers the total. */
    int score(String mentee, String project, int prerequisites, int motivation) {
        return sys.as(actors.mentor(story.projects.get(project).mentor()))
                .body(Map.of("scores", Map.of("prerequisites", prerequisites, "motivation", motivation)))
                .put("/api/v1/applications/" + story.application(mentee, project) + "/scores/mine")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("total");
    }

    /** The scores as the coordinator reads them: every reviewer and the averages. */
    JsonPath scoresForCoordinator(String mentee, String project) {
        return sys.as(actors.coordinator())
                .get("/api/v1/applications/" + story.application(mentee, project) + "/scores")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A mentor of another project reads nothing of these scores. */
    void otherMentorCannotReadScores(String mentor, String mentee, String project) {
        sys.as(actors.mentor(mentor))
                .get("/api/v1/applications/" + story.application(mentee, project) + "/scores")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(403, 404));
    }
}
