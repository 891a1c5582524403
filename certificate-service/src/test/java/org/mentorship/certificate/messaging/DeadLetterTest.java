package org.mentorship.certificate.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.Program;
import org.mentorship.contracts.CloudEventRecords;
import org.mentorship.contracts.Topics;

/** An event that breaks its schema is parked on the dead-letter topic; the mentorship's next events flow on. */
@QuarkusTest
class DeadLetterTest {

    @Test
    void anInvalidOnboardingIsParkedAndTheNextEventIsProcessed() {
        Program p = Program.next();
        String key = p.mentorshipId.toString();
        String broken =
                "{\"mentorshipId\":\"" + key + "\",\"menteeId\":\"" + p.mentee + "\"}"; // required fields missing
        Program.kafka()
                .send(CloudEventRecords.of(
                        UUID.randomUUID(), "MenteeOnboarded", Program.APPLICATIONS, Instant.now(), key, broken));
        Program.publish(p.onboarded());
        p.awaitRecord("OPEN");

        List<ConsumerRecord<String, String>> parked = Program.kafka()
                .readUntil(
                        Topics.deadLetter("certificate-service"),
                        Duration.ofSeconds(20),
                        rs -> rs.stream().anyMatch(r -> key.equals(r.key())))
                .stream()
                .filter(r -> key.equals(r.key()))
                .toList();
        assertThat(parked).extracting(ConsumerRecord::value).containsExactly(broken);
        assertThat(parked.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
    }
}
