package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.Map;

/**
 * People (issue 19): a person's time zone and channels, their notification feed, their data export and their
 * erasure, each through the gateway. {@code token} is the actor's token ({@link Actors}), so any role works.
 */
final class PeopleSteps {

    private final StorySystem sys;

    PeopleSteps(StorySystem sys) {
        this.sys = sys;
    }

    /** Sets the person's time zone and the channel of each notice kind named (e.g. "decision" -> "phone"). */
    JsonPath setProfile(String token, String zone, Map<String, String> channels) {
        JsonPath profile = sys.as(token)
                .body(Map.of("timeZone", zone, "channels", channels))
                .put("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(profile.getString("timeZone")).isEqualTo(zone);
        Steps.log("%s: time zone %s, channels %s", profile.getString("personId"), zone, channels);
        return profile;
    }

    /** The person's merged feed (every service's notices, newest first). */
    JsonPath notifications(String token) {
        return sys.as(token)
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The person's export: one bundle of every service's data about them. */
    JsonPath export(String token) {
        return sys.as(token)
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The person asks to be forgotten; answers the request record (its pseudonym is erased-<first 8 of id>). */
    JsonPath erase(String token) {
        JsonPath request = sys.as(token)
                .post("/api/v1/me/erasure")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        assertThat(request.getString("pseudonym"))
                .isEqualTo("erased-" + request.getString("id").substring(0, 8));
        Steps.log("%s erased as %s", request.getString("personId"), request.getString("pseudonym"));
        return request;
    }
}
