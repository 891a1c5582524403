package org.mentorship.evaluation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.CloudEventRecords;
import org.mentorship.contracts.Topics;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.evaluation.support.Program;

/** A MenteeOnboarded that can never start a mentorship is parked on the dead-letter topic; the next one flows on. */
@QuarkusTest
class DeadLetterTest {

    private static final String DEAD_LETTERS = Topics.deadLetter("evaluation-service");

    @Test
    void unprocessableEventsAreDeadLetteredAndTheNextStartsItsMentorship() {
        MenteeOnboarded good = Program.onboarded(
                Program.user("ana"),
                List.of("mia"),
                3,
                Program.today(),
                Program.today().plusDays(83));
        String key = good.mentorshipId().toString();
        // Same key, so same partition: the good event queues behind the bad ones.
        Program.kafka().send(new ProducerRecord<>(Topics.APPLICATIONS, key, "no CloudEvent headers at all"));
        Program.kafka()
                .send(CloudEventRecords.of(
                        UUID.randomUUID(),
                        "MenteeOnboarded",
                        Program.SOURCE,
                        Instant.now(),
                        key,
                        "{\"this is\": not json"));
        // Well-formed, but a term that ends before it starts: retried, then parked.
        MenteeOnboarded backwards = Program.onboarded(
                Program.user("bea"),
                List.of("mia"),
                3,
                Program.today(),
                Program.today().minusDays(1));
        Program.kafka()
                .send(CloudEventRecords.of(
                        UUID.randomUUID(),
                        "MenteeOnboarded",
                        Program.SOURCE,
                        Instant.now(),
                        key,
                        org.mentorship.contracts.EventJson.write(backwards)));
        Program.start(good);

        List<ConsumerRecord<String, String>> parked = Program.kafka()
                .readUntil(
                        DEAD_LETTERS,
                        Duration.ofSeconds(20),
                        read -> read.stream().filter(r -> key.equals(r.key())).count() >= 3)
                .stream()
                .filter(r -> key.equals(r.key()))
                .toList();
        assertThat(parked).hasSize(3);
        assertThat(parked.get(0).value()).isEqualTo("no CloudEvent headers at all");
        assertThat(parked.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
        assertThat(Program.count("select count(*) from mentorship where id = ?1", backwards.mentorshipId()))
                .isZero();
    }
}
