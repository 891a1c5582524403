package org.mentorship.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.CloudEventRecords;
import org.mentorship.contracts.EventCatalog;
import org.mentorship.contracts.TopicOwner;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;

/** Publishes the contracts' example of an event type as its owning service would. */
public final class Events {

    public static void publish(String type, UUID eventId) {
        publish(type, eventId, UUID.randomUUID().toString());
    }

    /** Under a given subject (the Kafka key): events of one subject are consumed in order. */
    public static void publish(String type, UUID eventId, String subject) {
        EventCatalog entry = EventCatalog.ofType(type).orElseThrow();
        String source = TopicOwner.ofTopic(entry.topic()).orElseThrow().source();
        new KafkaTestClient(TestKafka.get().bootstrapServers())
                .send(CloudEventRecords.of(
                        eventId, type, source, Instant.parse("2026-04-23T16:45:01Z"), subject, fixture(entry)));
    }

    static String fixture(EventCatalog entry) {
        try (InputStream in = Events.class.getClassLoader().getResourceAsStream(entry.fixtureResource())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Events() {}
}
