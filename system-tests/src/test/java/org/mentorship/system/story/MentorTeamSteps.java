package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's mentors as people (issue 18): invited by the coordinator, active once they sign the mentor agreement,
 * resigned or replaced; the project's running mentorships follow (MentorAssigned, MentorRemoved).
 */
final class MentorTeamSteps {

    private final StorySystem sys;
    private final Actors actors;
    private final Story story;

    MentorTeamSteps(StorySystem sys, Actors actors, Story story) {
        this.sys = sys;
        this.actors = actors;
        this.story = story;
    }

    /** The coordinator invites a co-mentor (who may replace another) to the project; she takes up to 2 mentees. */
    void inviteCoMentor(String project, String mentor, String replaces) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "mentorId",
                actors.id(mentor),
                "name",
                mentor.substring(0, 1).toUpperCase() + mentor.substring(1),
                "email",
                actors.email(mentor),
                "role",
                "CO_MENTOR",
                "capacity",
                2));
        if (replaces != null) {
            body.put("replacesMentorId", actors.id(replaces));
        }
        sys.as(actors.coordinator())
                .body(body)
                .post(mentors(project) + "/invitations")
                .then()
                .statusCode(201);
        assertThat(status(project, mentor)).isEqualTo("INVITED");
    }

    /** She reads the mentor agreement and signs it: active on the project. */
    void accept(String project, String mentor) {
        String version = sys.as(actors.mentor(mentor))
                .get("/api/v1/mentor-agreement")
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        JsonPath accepted = sys.as(actors.mentor(mentor))
                .body(Map.of("agreementVersion", version, "legalName", mentor + " " + actors.run))
                .post(mentors(project) + "/me/acceptance")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(accepted.getString("status")).isEqualTo("ACTIVE");
        Steps.log("%s signed mentor agreement %s for %s", actors.id(mentor), version, project);
    }

    /** She resigns from the project, in her own words. */
    void resign(String project, String mentor, String reason) {
        sys.as(actors.mentor(mentor))
                .body(Map.of("reason", reason))
                .post(mentors(project) + "/" + actors.id(mentor) + "/resignation")
                .then()
                .statusCode(200);
        assertThat(status(project, mentor)).isEqualTo("RESIGNED");
        Steps.log("%s resigned from %s", actors.id(mentor), project);
    }

    /** The mentor's status on the project, as the coordinator reads the project's mentors. */
    String status(String project, String mentor) {
        List<Map<String, Object>> all = sys.as(actors.coordinator())
                .get(mentors(project))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return all.stream()
                .filter(a -> actors.id(mentor).equals(a.get("mentorId")))
                .map(a -> (String) a.get("status"))
                .findFirst()
                .orElse(null);
    }

    /** The mentors of the mentee's mentorship, as evaluation-service now has them. */
    List<String> mentorsOfMentorship(String mentee) {
        return sys.as(actors.coordinator())
                .get("/api/v1/mentorships/" + story.mentorship(mentee))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("mentorIds", String.class);
    }

    private String mentors(String project) {
        return "/api/v1/projects/" + story.projects.get(project).id() + "/mentors";
    }
}
