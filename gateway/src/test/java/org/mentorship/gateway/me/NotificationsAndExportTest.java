package org.mentorship.gateway.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.PersonServices;
import org.mentorship.gateway.testing.Problems;
import org.mentorship.testsupport.Tokens;

/** Every service up, each with its own notices (PersonServices.NOTICES) and data. */
@QuarkusTest
@WithTestResource(PersonServices.class)
class NotificationsAndExportTest {

    private static final String TOKEN = Tokens.mentee("alice");

    @Test
    void theFeedMergesEveryServiceNewestFirstCutToSize() {
        given().auth()
                .oauth2(TOKEN)
                .get("/api/v1/me/notifications?size=3")
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        contains(
                                "00000000-0000-4000-8000-000000000002",
                                "00000000-0000-4000-8000-000000000004",
                                "00000000-0000-4000-8000-000000000001"))
                .body("items.service", contains("evaluation", "stipend", "application"))
                .body("items[0].subject", equalTo("from evaluation"))
                .body("items[0].createdAt", equalTo("2026-07-10T12:00:00Z"))
                // Each service was asked with the caller's token (a fake answers 401 without one).
                .body("missing", empty());
    }

    @Test
    void unreadOnlyAndTheDefaultSize() {
        given().auth()
                .oauth2(TOKEN)
                .get("/api/v1/me/notifications?unread=true")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(4))
                .body("items.readAt", everyItem(nullValue()))
                .body("items.service", contains("evaluation", "stipend", "application", "certificate"));
        given().auth()
                .oauth2(TOKEN)
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(5));
    }

    @Test
    void aSizeBelowOneIsRefused() {
        Problems.assertProblem(
                given().auth()
                        .oauth2(TOKEN)
                        .get("/api/v1/me/notifications?size=0")
                        .then(),
                400,
                "invalid-page");
    }

    @Test
    void markingReadReachesTheServiceThatHasIt() {
        given().auth()
                .oauth2(TOKEN)
                .post("/api/v1/me/notifications/00000000-0000-4000-8000-000000000004/read")
                .then()
                .statusCode(204);
        Problems.assertProblem(
                given().auth()
                        .oauth2(TOKEN)
                        .post("/api/v1/me/notifications/00000000-0000-4000-8000-0000000000ff/read")
                        .then(),
                404,
                "not-found");
        Problems.assertProblem(
                given().auth()
                        .oauth2(TOKEN)
                        .post("/api/v1/me/notifications/not-a-uuid/read")
                        .then(),
                404,
                "not-found");
    }

    @Test
    void theExportIsOneAttachmentWithEveryServicesData() {
        given().auth()
                .oauth2(TOKEN)
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"mentorship-data-"))
                .body("personId", equalTo("alice"))
                .body("exportedAt", not(nullValue()))
                .body("services.application.service", equalTo("application"))
                .body("services.evaluation.service", equalTo("evaluation"))
                .body("services.stipend.service", equalTo("stipend"))
                .body("services.certificate.service", equalTo("certificate"))
                .body("services.stipend.authorization", equalTo("Bearer " + TOKEN));
    }

    @Test
    void theyNeedAToken() {
        Problems.assertProblem(given().get("/api/v1/me/notifications").then(), 401, "authentication-required");
        Problems.assertProblem(given().get("/api/v1/me/export").then(), 401, "authentication-required");
        Problems.assertProblem(
                given().post("/api/v1/me/notifications/00000000-0000-4000-8000-000000000004/read")
                        .then(),
                401,
                "authentication-required");
    }

    @Test
    void theGatewaysOwnOperationsAreDocumentedAndTheServicesMeResourcesAreNot() {
        given().get("/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/me/notifications'.get.operationId", equalTo("listMyNotifications"))
                .body("paths.'/api/v1/me/notifications/{id}/read'.post.operationId", equalTo("markMyNotificationRead"))
                .body("paths.'/api/v1/me/export'.get.operationId", equalTo("exportMyData"))
                .body("paths.'/api/v1/me/export'.get.responses.'200'.headers", hasKey("Content-Disposition"))
                .body("components.schemas", hasKey("NotificationFeed"))
                .body("components.schemas", hasKey("PersonalDataExport"))
                .body("'x-problem-types'", hasKey("services-unavailable"))
                .body("paths", not(hasKey("/api/v1/me/notices")))
                .body("paths", not(hasKey("/api/v1/me/data")));
    }
}
