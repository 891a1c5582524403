package org.mentorship.stipend.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.service.MailSender;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.ScrapedMetrics;

/**
 * stipend-service's own metrics (docs/METRICS.md) move with the data: a payment scheduled and approved shows in
 * payments by state and in the age of the oldest approved, a payout notice given up shows as a FAILED mail. The
 * platform's are served too (their movement is proven in evaluation-service's MetricsTest).
 */
@QuarkusTest
class MetricsTest {

    private static final Duration SOON = Duration.ofSeconds(30);
    private final StipendFixture fixture = new StipendFixture();

    @Inject
    MailSender sender;

    @Inject
    Db db;

    @Test
    void paymentsShowByStateAndTheOldestApprovedHasAnAge() {
        ScrapedMetrics before = ScrapedMetrics.scrape();
        for (PaymentStatus state : PaymentStatus.values()) {
            assertThat(before.has("mentorship_payments", "state", state.name()))
                    .as(state.name())
                    .isTrue();
        }
        double scheduled = before.sum("mentorship_payments", "state", "SCHEDULED");
        double approved = before.sum("mentorship_payments", "state", "APPROVED");

        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        // At least: events of earlier test classes may still schedule payments of their own meanwhile.
        await().atMost(SOON)
                .untilAsserted(
                        () -> assertThat(ScrapedMetrics.scrape().sum("mentorship_payments", "state", "SCHEDULED"))
                                .isGreaterThanOrEqualTo(scheduled + 1));

        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payments/" + fixture.paymentId(m.id(), 1) + "/approve")
                .then()
                .statusCode(200);
        await().atMost(SOON).untilAsserted(() -> {
            ScrapedMetrics after = ScrapedMetrics.scrape();
            assertThat(after.sum("mentorship_payments", "state", "APPROVED")).isEqualTo(approved + 1);
            assertThat(after.sum("mentorship_payments", "state", "SCHEDULED"))
                    .isEqualTo((double) db.count("select count(*) from payment where status = 'SCHEDULED'"));
            assertThat(after.sum("mentorship_payments_oldest_age_seconds", "state", "APPROVED"))
                    .isPositive();
        });
        assertThat(ScrapedMetrics.scrape().has("mentorship_payments_oldest_age_seconds", "state", "PAID"))
                .as("no age for a state a payment's life ends in")
                .isFalse();
    }

    @Test
    void aPayoutNoticeGivenUpShowsAsAFailedMail() {
        double failed = ScrapedMetrics.scrape().sum("mentorship_mails", "mail", "payout-notice", "state", "FAILED");
        // An address no mail server takes, at its last attempt: the next send fails and the mail is FAILED.
        String to = "no address " + UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> sender.queue(to, "Your stipend payout details were changed", "A notice"));
        db.update("update mail_outbox set attempts = 7 where recipient = ?1", to);

        await().atMost(SOON)
                .until(() -> "FAILED"
                        .equals(db.column("select state from mail_outbox where recipient = ?1", to)
                                .get(0)));
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(ScrapedMetrics.scrape()
                                .sum("mentorship_mails", "mail", "payout-notice", "state", "FAILED"))
                        .isEqualTo(failed + 1));
    }

    @Test
    void thePlatformMetricsAreServed() {
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(ScrapedMetrics.scrape().names())
                        .contains(
                                "mentorship_outbox_unsent",
                                "mentorship_outbox_lag_seconds",
                                "mentorship_outbox_parked",
                                "mentorship_outbox_leader",
                                "mentorship_job_runs_total",
                                "mentorship_mails_oldest_pending_age_seconds",
                                "kafka_consumer_fetch_manager_records_lag_max",
                                "kafka_consumer_fetch_manager_records_consumed_total"));
        assertThat(ScrapedMetrics.scrape()
                        .has("mentorship_job_runs_total", "task", "MailSender#scheduled", "outcome", "succeeded"))
                .isTrue();
    }
}
