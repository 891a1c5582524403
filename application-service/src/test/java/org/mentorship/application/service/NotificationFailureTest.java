package org.mentorship.application.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.mentorship.application.Scenario.COORDINATOR;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.KafkaResource;
import org.mentorship.testsupport.PostgresResource;

/** With the SMTP server unreachable, the mail is retried with backoff, then FAILED; the decision stands. */
@QuarkusTest
@TestProfile(NotificationFailureTest.DeadSmtp.class)
class NotificationFailureTest {

    public static class DeadSmtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.mailer.mock",
                    "false",
                    "quarkus.mailer.host",
                    "127.0.0.1",
                    "quarkus.mailer.port",
                    String.valueOf(closedPort()),
                    "mentorship.application.notifications.max-attempts",
                    "2",
                    "mentorship.application.notifications.backoff",
                    "PT10S",
                    "mentorship.application.notifications.send-every",
                    "off");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresResource.class), new TestResourceEntry(KafkaResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Inject
    NotificationSender sender;

    @Test
    void aFailedMailIsRetriedThenMarkedFailedAndTheDecisionStands() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("fay");
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        Scenario.acceptEarly(application).then().statusCode(200);
        String path = "/api/v1/applications/" + application + "/notifications";

        sender.runNow();
        given().auth()
                .oauth2(COORDINATOR)
                .get(path)
                .then()
                .body("[0].state", equalTo("PENDING"))
                .body("[0].attempts", equalTo(1))
                .body("[0].lastError", notNullValue());
        sender.runNow(); // not due yet: the backoff holds it back
        given().auth().oauth2(COORDINATOR).get(path).then().body("[0].attempts", equalTo(1));

        Scenario.advance(Duration.ofSeconds(11));
        sender.runNow();
        given().auth()
                .oauth2(COORDINATOR)
                .get(path)
                .then()
                .body("[0].state", equalTo("FAILED"))
                .body("[0].attempts", equalTo(2));
        assertThat(Scenario.status(application)).isEqualTo("ACCEPTED");
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/me/summary")
                .then()
                .body("failedEmails", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }
}
