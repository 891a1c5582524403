package org.mentorship.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tags stay few: a dead letter's reason by its kind, a job by its method, a Kafka consumer by its channel. */
class MetricTagsTest {

    @Test
    void aDeadLetterReasonIsTaggedByItsKindOnly() {
        assertThat(
                        DeadLetterMetrics.reasonKind(
                                "org.postgresql.util.PSQLException [SQLState 23505]: duplicate key value violates unique constraint"))
                .isEqualTo("sqlstate-23505");
        assertThat(DeadLetterMetrics.reasonKind(
                        "org.mentorship.contracts.MalformedEventException: EvaluationPassed is not JSON"))
                .isEqualTo("MalformedEventException");
        assertThat(DeadLetterMetrics.reasonKind("java.lang.IllegalArgumentException"))
                .isEqualTo("IllegalArgumentException");
        assertThat(DeadLetterMetrics.reasonKind(null)).isEqualTo("unknown");
    }

    @Test
    void aJobIsItsClassAndMethod() {
        assertThat(JobMetrics.task("org.mentorship.stipend.service.MailSender#scheduled", "1_x"))
                .isEqualTo("MailSender#scheduled");
        assertThat(JobMetrics.task(null, "evaluation-reminders")).isEqualTo("evaluation-reminders");
    }

    @Test
    void aConsumerIsItsChannel() {
        assertThat(KafkaConsumerTags.channel("kafka-consumer-evaluation-events"))
                .isEqualTo("evaluation-events");
        assertThat(KafkaConsumerTags.channel("custom")).isEqualTo("custom");
    }
}
