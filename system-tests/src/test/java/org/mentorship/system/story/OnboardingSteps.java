package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** After acceptance: the contract, the HR steps, the mentorship in the other services, the payee details. */
final class OnboardingSteps {

    private final StorySystem sys;
    private final Actors actors;
    private final Story story;

    OnboardingSteps(StorySystem sys, Actors actors, Story story) {
        this.sys = sys;
        this.actors = actors;
        this.story = story;
    }

    /** Signs the contract, the coordinator checks off every HR step; returns the new mentorship id. */
    UUID onboard(String mentee, String project, String legalName) {
        String base = "/api/v1/applications/" + story.application(mentee, project) + "/onboarding";
        JsonPath before = sys.as(actors.mentee(mentee))
                .get(base)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String version = before.getString("contract.version");
        sys.as(actors.mentee(mentee))
                .body(Map.of("legalName", legalName, "contractVersion", version))
                .post(base + "/contract")
                .then()
                .statusCode(200);
        List<String> steps = before.getList("hrSteps.step", String.class);
        assertThat(steps).isNotEmpty();
        JsonPath after = null;
        for (String step : steps) {
            after = sys.as(actors.coordinator())
                    .post(base + "/hr-steps/" + step)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
        }
        assertThat(after.getString("status")).isEqualTo("ONBOARDED");
        UUID mentorship = UUID.fromString(after.getString("mentorshipId"));
        story.mentorships.put(mentee, mentorship);
        story.projectOf.put(mentee, project);
        Steps.log(
                "%s onboarded (contract %s, HR steps %s): mentorship %s",
                actors.id(mentee), version, steps, mentorship);
        return mentorship;
    }

    /** MenteeOnboarded reached evaluation-service, stipend-service and certificate-service. */
    void awaitMentorshipStarted(String mentee) {
        UUID m = story.mentorship(mentee);
        Steps.eventually("mentorship " + m + " in every service", () -> {
            sys.as(actors.mentor(story.mentorOf(mentee)))
                    .get("/api/v1/mentorships/" + m)
                    .then()
                    .statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
            sys.as(actors.finance())
                    .get("/api/v1/stipends/" + m)
                    .then()
                    .statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
            sys.as(actors.coordinator()).get("/api/v1/completions/" + m).then().statusCode(200);
        });
    }

    /** The mentee's payout details; her tax form was confirmed by the coordinator's tax-form HR step in onboard(). */
    void payee(String mentee, String holder) {
        sys.as(actors.mentee(mentee))
                .body(Map.of(
                        "payoutMethod",
                        "BANK_TRANSFER",
                        "accountHolder",
                        holder,
                        "account",
                        "DE89370400440532013000",
                        "country",
                        "DE"))
                .put("/api/v1/payees/me")
                .then()
                .statusCode(200);
    }
}
