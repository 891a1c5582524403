package org.mentorship.stipend.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.CloudEventRecords;
import org.mentorship.contracts.Topics;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;

/** A message that can never be processed is parked on the dead-letter topic, and the ones after it flow on. */
@QuarkusTest
class DeadLetterTest {

    private static final String DEAD_LETTERS = Topics.deadLetter("stipend-service");
    private final KafkaTestClient kafka = new KafkaTestClient(TestKafka.get().bootstrapServers());

    private final StipendFixture fixture = new StipendFixture();

    @Test
    void malformedMessagesAreDeadLetteredAndTheNextIsStillProcessed() {
        UUID mentorship = fixture.eligible().id();
        String key = mentorship.toString();
        // Same key, so same partition: the good event queues behind the bad ones.
        kafka.send(new ProducerRecord<>(Topics.EVALUATIONS, key, "no CloudEvent headers at all"));
        kafka.send(CloudEventRecords.of(
                UUID.randomUUID(),
                "EvaluationPassed",
                StipendFixture.EVALUATIONS,
                java.time.Instant.now(),
                key,
                "{\"this is\": not json"));
        kafka.publish(StipendFixture.pass(mentorship, 2, 3), UUID.randomUUID(), StipendFixture.EVALUATIONS);

        fixture.awaitPayments(mentorship, 1);
        List<ConsumerRecord<String, String>> parked = kafka
                .readUntil(
                        DEAD_LETTERS,
                        Duration.ofSeconds(15),
                        read -> read.stream().filter(r -> key.equals(r.key())).count() >= 2)
                .stream()
                .filter(r -> key.equals(r.key()))
                .toList();
        assertThat(parked)
                .extracting(ConsumerRecord::value)
                .containsExactly("no CloudEvent headers at all", "{\"this is\": not json");
        assertThat(parked.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
        assertThat(new String(
                        parked.get(1).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("EvaluationPassed");
    }
}
