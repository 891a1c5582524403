package org.mentorship.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.ScrapedMetrics;

/**
 * application-service's result emails in {@code mentorship_mails{mail="notification"}} (docs/METRICS.md): pending
 * once a decision is made, FAILED once the last attempt failed. The SMTP server is unreachable (the profile of
 * NotificationFailureTest, so both share one application) and this test runs the sender itself.
 */
@QuarkusTest
@TestProfile(NotificationFailureTest.DeadSmtp.class)
class MetricsTest {

    private static final Duration SOON = Duration.ofSeconds(30);

    @Inject
    NotificationSender sender;

    @Test
    void aResultMailIsPendingThenFailedInTheGauges() {
        ScrapedMetrics before = ScrapedMetrics.scrape();
        double pending = before.sum("mentorship_mails", "mail", "notification", "state", "PENDING");
        double failed = before.sum("mentorship_mails", "mail", "notification", "state", "FAILED");

        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("gia");
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        Scenario.acceptEarly(application).then().statusCode(200);
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(ScrapedMetrics.scrape()
                                .sum("mentorship_mails", "mail", "notification", "state", "PENDING"))
                        .isGreaterThanOrEqualTo(pending + 1));

        sender.runNow(); // attempt 1 fails, the mail waits 10 s
        Scenario.advance(Duration.ofSeconds(11));
        sender.runNow(); // attempt 2, the last, fails: FAILED
        await().atMost(SOON).untilAsserted(() -> {
            ScrapedMetrics after = ScrapedMetrics.scrape();
            assertThat(after.sum("mentorship_mails", "mail", "notification", "state", "FAILED"))
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
}
