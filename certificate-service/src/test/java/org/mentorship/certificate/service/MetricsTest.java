package org.mentorship.certificate.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.Program;
import org.mentorship.testsupport.ScrapedMetrics;

/**
 * Letters of Completion in {@code mentorship_mails{mail="letter"}} (docs/METRICS.md): pending once issued, FAILED
 * once the last attempt failed. The SMTP server is unreachable (CertificateMailFailureTest's profile, one application
 * for both) and the test runs the mail job itself.
 */
@QuarkusTest
@TestProfile(CertificateMailFailureTest.DeadSmtp.class)
class MetricsTest {

    private static final Duration SOON = Duration.ofSeconds(30);

    @Inject
    CertificateMail mail;

    @Inject
    EntityManager entityManager;

    @Test
    void aLetterIsPendingThenFailedInTheGauges() {
        // Counted in the database, not read from the gauges: they refresh every second, and a reading taken right
        // after CertificateMailFailureTest still showed its letters PENDING (2, while the database had 0 and the gauge
        // then settled at 1 with this test's letter: CI failed so).
        double pending = letters("mail_failed_at is null and status = 'VALID'");
        double failed = letters("mail_failed_at is not null");

        UUID id = Program.next().certify();
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(
                                ScrapedMetrics.scrape().sum("mentorship_mails", "mail", "letter", "state", "PENDING"))
                        .isGreaterThanOrEqualTo(pending + 1));

        mail.sendDue(); // attempt 1 fails, the letter waits 10 s
        advance(Duration.ofSeconds(11));
        mail.sendDue(); // attempt 2, the last, fails: FAILED
        given().auth()
                .oauth2(Program.COORDINATOR)
                .get("/api/v1/certificates/" + id)
                .then()
                .statusCode(200);
        await().atMost(SOON).untilAsserted(() -> {
            ScrapedMetrics after = ScrapedMetrics.scrape();
            assertThat(after.sum("mentorship_mails", "mail", "letter", "state", "FAILED"))
                    .isGreaterThanOrEqualTo(failed + 1);
            assertThat(after.names())
                    .contains(
                            "mentorship_mails_oldest_pending_age_seconds",
                            "mentorship_outbox_unsent",
                            "mentorship_outbox_leader",
                            "mentorship_job_runs_total",
                            "kafka_consumer_fetch_manager_records_lag_max");
        });
    }

    /** Letters not mailed yet in the state {@code condition} says, as the gauge's query counts them. */
    private double letters(String condition) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select count(*) from certificate where mailed_at is null and " + condition)
                                .getSingleResult())
                        .doubleValue());
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
