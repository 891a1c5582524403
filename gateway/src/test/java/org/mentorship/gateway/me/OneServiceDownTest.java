package org.mentorship.gateway.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.PersonServices;
import org.mentorship.gateway.testing.Problems;
import org.mentorship.testsupport.Tokens;

/** The stipend service is down: the feed comes back without it, the export is not given. */
@QuarkusTest
@WithTestResource(value = PersonServices.class, initArgs = @ResourceArg(name = "down", value = "stipend"))
class OneServiceDownTest {

    private static final String TOKEN = Tokens.mentee("alice");

    @Test
    void theFeedNamesTheMissingServiceAndGivesTheRest() {
        given().auth()
                .oauth2(TOKEN)
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .time(lessThan(3000L))
                .body("items.service", contains("evaluation", "application", "evaluation", "certificate"))
                .body("missing", contains("stipend"));
    }

    @Test
    void markingReadStillReachesAServiceThatIsUp() {
        given().auth()
                .oauth2(TOKEN)
                .post("/api/v1/me/notifications/00000000-0000-4000-8000-000000000002/read")
                .then()
                .statusCode(204);
    }

    @Test
    void aNotificationNoServiceThatAnsweredHasMayBeTheMissingOnes() {
        Problems.assertProblem(
                given().auth()
                        .oauth2(TOKEN)
                        .post("/api/v1/me/notifications/00000000-0000-4000-8000-000000000004/read")
                        .then(),
                503,
                "services-unavailable");
    }

    @Test
    void theExportIsCompleteOrNotGiven() {
        Problems.assertProblem(
                given().auth().oauth2(TOKEN).get("/api/v1/me/export").then(), 503, "services-unavailable");
        given().auth()
                .oauth2(TOKEN)
                .get("/api/v1/me/export")
                .then()
                .statusCode(503)
                .body("detail", containsString("stipend"));
    }
}
