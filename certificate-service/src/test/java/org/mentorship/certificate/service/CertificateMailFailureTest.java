package org.mentorship.certificate.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.Program;
import org.mentorship.testsupport.KafkaResource;
import org.mentorship.testsupport.PostgresResource;

/**
 * With the SMTP server unreachable a letter's mail is retried with a doubling wait, then FAILED with the reason
 * shown to coordinators; a revoked letter is never even tried. The test runs the mail job itself.
 */
@QuarkusTest
@TestProfile(CertificateMailFailureTest.DeadSmtp.class)
class CertificateMailFailureTest {

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
                    "mentorship.certificate.mail.max-attempts",
                    "2",
                    "mentorship.certificate.mail.backoff",
                    "PT10S",
                    "mentorship.certificate.mail.interval",
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
    CertificateMail mail;

    @Test
    void aLetterThatCannotBeMailedIsRetriedLaterThenFailedWithItsReason() {
        Program p = Program.next();
        UUID id = p.certify();

        sendUntilTried(id, 1);
        JsonPath first = letter(id, Program.COORDINATOR);
        assertThat(first.getString("mail.state")).isEqualTo("PENDING");
        assertThat(first.getString("mail.lastError")).isNotBlank();
        assertThat(first.getString("mail.nextAttemptAt")).isNotNull();
        given().auth()
                .oauth2(p.menteeToken)
                .get("/api/v1/certificates/" + id)
                .then()
                .body("mail.state", equalTo("PENDING"))
                .body("mail.lastError", nullValue());

        mail.sendDue(); // not due yet: the wait holds it back
        assertThat(letter(id, Program.COORDINATOR).getInt("mail.attempts")).isEqualTo(1);

        advance(Duration.ofSeconds(11));
        sendUntilTried(id, 2);
        given().auth()
                .oauth2(Program.COORDINATOR)
                .get("/api/v1/certificates/" + id)
                .then()
                .body("mail.state", equalTo("FAILED"))
                .body("mail.attempts", equalTo(2))
                .body("mail.lastError", notNullValue())
                .body("mailedAt", nullValue());

        advance(Duration.ofDays(1));
        mail.sendDue();
        assertThat(letter(id, Program.COORDINATOR).getInt("mail.attempts"))
                .as("given up")
                .isEqualTo(2);
    }

    @Test
    void aRevokedLetterIsNeverMailed() {
        Program p = Program.next();
        UUID revoked = p.certify();
        given().auth()
                .oauth2(Program.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Issued by mistake"))
                .post("/api/v1/certificates/" + revoked + "/revoke")
                .then()
                .statusCode(200)
                .body("mail.state", equalTo("WITHHELD"));

        // A sentinel issued later: the job takes letters in the order of issue, so once it tried the later one it
        // has passed over the revoked one.
        UUID later = Program.next().certify();
        sendUntilTried(later, 1);
        given().auth()
                .oauth2(Program.COORDINATOR)
                .get("/api/v1/certificates/" + revoked)
                .then()
                .body("mail.state", equalTo("WITHHELD"))
                .body("mail.attempts", equalTo(0))
                .body("mail.lastError", nullValue());
    }

    private void sendUntilTried(UUID id, int attempts) {
        for (int run = 0; run < 20 && letter(id, Program.COORDINATOR).getInt("mail.attempts") < attempts; run++) {
            mail.sendDue();
        }
        assertThat(letter(id, Program.COORDINATOR).getInt("mail.attempts")).isEqualTo(attempts);
    }

    private static JsonPath letter(UUID id, String token) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/certificates/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void advance(Duration by) {
        given().auth()
                .oauth2(Program.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("by", by.toString()))
                .post("/api/v1/clock/advance")
                .then()
                .statusCode(200);
    }
}
