package org.mentorship.application.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.Topics;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;

/** A record that is not a well-formed event is parked on this service's dead-letter topic. */
@QuarkusTest
class DeadLetterTest {

    @Test
    void aMalformedEventGoesToTheDeadLetterTopic() {
        KafkaTestClient kafka = new KafkaTestClient(TestKafka.get().bootstrapServers());
        String key = "poison-" + UUID.randomUUID();
        ProducerRecord<String, String> poison = new ProducerRecord<>(Topics.CERTIFICATES, key, "{not json");
        poison.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        poison.headers().add("ce_type", "CertificateIssued".getBytes(StandardCharsets.UTF_8));
        kafka.send(poison);

        var parked = kafka.readUntil(
                Topics.deadLetter("application-service"),
                Duration.ofSeconds(30),
                rs -> rs.stream().anyMatch(r -> key.equals(r.key())));
        assertThat(parked).anyMatch(r -> key.equals(r.key()));
    }
}
