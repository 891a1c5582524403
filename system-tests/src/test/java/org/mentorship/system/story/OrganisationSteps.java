package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/**
 * A second organisation with its own admin (issue 18): olga runs the fuzzing project's selection and follows up its
 * mentorships; the logging project of the other organisation does not exist for her, and her figures are her own.
 */
final class OrganisationSteps {

    private final StorySystem sys;
    private final Actors actors;
    private final Story story;

    OrganisationSteps(StorySystem sys, Actors actors, Story story) {
        this.sys = sys;
        this.actors = actors;
        this.story = story;
    }

    /** olga decides an application of her organisation's project. */
    JsonPath decide(String mentee, String project, String outcome, int expectedStatus) {
        return sys.as(actors.orgAdmin())
                .body(Map.of("outcome", outcome))
                .post("/api/v1/applications/" + story.application(mentee, project) + "/decision")
                .then()
                .statusCode(expectedStatus)
                .extract()
                .jsonPath();
    }

    /** Another organisation's application does not exist for olga: not readable, not decidable; nothing changes. */
    void otherOrganisationIsNotThere(String mentee, String project) {
        String before = staffStatus(mentee, project);
        sys.as(actors.orgAdmin())
                .get("/api/v1/applications/" + story.application(mentee, project))
                .then()
                .statusCode(404);
        assertThat(decide(mentee, project, "REJECT", 404).getString("type")).endsWith("/not-found");
        assertThat(staffStatus(mentee, project)).isEqualTo(before);
        List<String> listed = sys.as(actors.orgAdmin())
                .queryParam("termId", story.term)
                .get("/api/v1/applications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.projectId", String.class);
        assertThat(listed)
                .isNotEmpty()
                .doesNotContain(story.projects.get(project).id().toString());
        Steps.log("olga sees nothing of %s's %s application", actors.id(mentee), project);
    }

    /** The organisations olga runs: only hers. */
    List<String> organizations() {
        return sys.as(actors.orgAdmin())
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.name", String.class);
    }

    /** The term's selection figures as olga reads them: her organisation only. */
    JsonPath applicationStatistics() {
        return sys.as(actors.orgAdmin())
                .queryParam("termId", story.term)
                .get("/api/v1/applications/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The term's mentorship figures as olga reads them: her organisation only. */
    JsonPath mentorshipStatistics() {
        return sys.as(actors.orgAdmin())
                .queryParam("termId", story.term)
                .get("/api/v1/mentorships/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The application's status as staff see it (the applicant's view may be held by the announcement embargo). */
    String staffStatus(String mentee, String project) {
        return sys.as(actors.coordinator())
                .get("/api/v1/applications/" + story.application(mentee, project))
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }
}
