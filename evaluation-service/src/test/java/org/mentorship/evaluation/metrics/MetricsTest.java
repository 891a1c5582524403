package org.mentorship.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.CloudEventRecords;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.ScrapedMetrics;

/**
 * The metrics every service gets from the platform (docs/METRICS.md), moved for real in this service: a dead letter
 * counts and is stored, a redelivery counts as an inbox duplicate, a job that throws counts as failed, and the
 * consumers' lag and consumption read per channel.
 */
@QuarkusTest
class MetricsTest {

    private static final String CONSUMER = "evaluation-service.application-events";
    private static final Duration SOON =
            Duration.ofSeconds(60); // generous: the build machine runs at a load of 15 on 2 cores

    @Test
    void aDeadLetterIsCountedByConsumerAndReasonAndStored() {
        ScrapedMetrics before = ScrapedMetrics.scrape();
        double counted = before.sum(
                "mentorship_dead_letters_total",
                "consumer",
                CONSUMER,
                "reason",
                "MalformedEventException",
                "type",
                "MenteeOnboarded");
        double stored = before.sum("mentorship_dead_letters_stored", "consumer", CONSUMER);

        Program.kafka()
                .send(CloudEventRecords.of(
                        UUID.randomUUID(),
                        "MenteeOnboarded",
                        Program.SOURCE,
                        Instant.now(),
                        UUID.randomUUID().toString(),
                        "{\"this is\": not json"));

        await().atMost(SOON).untilAsserted(() -> {
            ScrapedMetrics after = ScrapedMetrics.scrape();
            assertThat(after.sum(
                            "mentorship_dead_letters_total",
                            "consumer",
                            CONSUMER,
                            "reason",
                            "MalformedEventException",
                            "type",
                            "MenteeOnboarded"))
                    .isGreaterThanOrEqualTo(counted + 1);
            assertThat(after.sum("mentorship_dead_letters_stored", "consumer", CONSUMER))
                    .isGreaterThanOrEqualTo(stored + 1);
        });
    }

    @Test
    void aRedeliveredEventIsCountedAsAnInboxDuplicate() {
        MenteeOnboarded onboarded = Program.onboarded(
                Program.user("dora"),
                List.of("mia"),
                3,
                Program.today(),
                Program.today().plusDays(83));
        UUID eventId = UUID.randomUUID();
        Program.kafka().publish(onboarded, eventId, Program.SOURCE);
        Program.awaitMentorship(onboarded.mentorshipId());
        double duplicates = ScrapedMetrics.scrape()
                .sum("mentorship_inbox_duplicates_total", "consumer", CONSUMER, "type", "MenteeOnboarded");

        Program.kafka().publish(onboarded, eventId, Program.SOURCE);

        await().atMost(SOON)
                .untilAsserted(() -> assertThat(ScrapedMetrics.scrape()
                                .sum(
                                        "mentorship_inbox_duplicates_total",
                                        "consumer",
                                        CONSUMER,
                                        "type",
                                        "MenteeOnboarded"))
                        .isEqualTo(duplicates + 1));
    }

    @Test
    void jobRunsAreCountedByOutcome() {
        ScrapedMetrics before = ScrapedMetrics.scrape();
        double refreshes =
                before.sum("mentorship_job_runs_total", "task", "DatabaseGauges#refresh", "outcome", "succeeded");
        double failures = before.sum("mentorship_job_runs_total", "task", "FailingJob#run", "outcome", "failed");

        FailingJob.armed = true;

        await().atMost(SOON).untilAsserted(() -> {
            ScrapedMetrics after = ScrapedMetrics.scrape();
            assertThat(after.sum("mentorship_job_runs_total", "task", "FailingJob#run", "outcome", "failed"))
                    .isEqualTo(failures + 1);
            assertThat(after.sum("mentorship_job_runs_total", "task", "DatabaseGauges#refresh", "outcome", "succeeded"))
                    .isGreaterThan(refreshes);
        });
    }

    @Test
    void theConsumersLagAndConsumptionReadPerChannelAndGroup() {
        Program.started(Program.user("lena"), List.of("mia"), 0);
        // Micrometer binds a partition's metrics (records-lag) at its next look at the consumer's metrics, every
        // minute.
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            ScrapedMetrics metrics = ScrapedMetrics.scrape();
            assertThat(metrics.has(
                            "kafka_consumer_fetch_manager_records_lag",
                            "channel",
                            "application-events",
                            "group",
                            "evaluation-service",
                            "topic",
                            "mentorship.applications.v1"))
                    .as(
                            "lag series: %s; kafka consumer metrics: %s",
                            metrics.series("kafka_consumer_fetch_manager_records_lag"),
                            metrics.series("kafka_consumer_fetch_manager_records_lag_max"))
                    .isTrue();
            assertThat(metrics.sum(
                            "kafka_consumer_fetch_manager_records_consumed_total", "channel", "application-events"))
                    .as(
                            "kafka consumer metrics: %s",
                            metrics.names().stream()
                                    .filter(n -> n.startsWith("kafka_consumer_f"))
                                    .toList())
                    .isPositive();
            assertThat(metrics.names())
                    .contains(
                            "kafka_consumer_fetch_manager_records_lag_max",
                            "mentorship_outbox_unsent",
                            "mentorship_outbox_lag_seconds",
                            "mentorship_outbox_parked",
                            "mentorship_outbox_leader",
                            "http_server_requests_seconds_count");
        });
    }
}
