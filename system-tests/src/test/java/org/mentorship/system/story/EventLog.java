package org.mentorship.system.story;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.Topics;

/** Every event on the four program topics, recorded by a plain consumer in its own group, from the beginning. */
final class EventLog implements AutoCloseable {

    /** One recorded event: its topic, CloudEvents type, subject (aggregate id) and JSON data. */
    record Event(String topic, String type, String subject, String data) {}

    private final List<Event> events = new ArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    EventLog(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "program-story-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        poller = new Thread(
                () -> {
                    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
                        consumer.subscribe(
                                List.of(Topics.APPLICATIONS, Topics.EVALUATIONS, Topics.STIPENDS, Topics.CERTIFICATES));
                        while (running) {
                            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                                Event e = new Event(
                                        r.topic(),
                                        header(r, CloudEventHeaders.TYPE),
                                        header(r, CloudEventHeaders.SUBJECT),
                                        r.value());
                                synchronized (events) {
                                    events.add(e);
                                }
                            }
                        }
                    }
                },
                "story-event-log");
        poller.setDaemon(true);
        poller.start();
    }

    /** The events of this type whose data mentions {@code id} (a mentorship, application or payment id). */
    List<Event> of(String type, Object id) {
        return matching(
                e -> e.type().equals(type) && e.data() != null && e.data().contains(id.toString()));
    }

    List<Event> matching(Predicate<Event> predicate) {
        synchronized (events) {
            return events.stream().filter(predicate).toList();
        }
    }

    /** How many events of each type were recorded so far (for the report). */
    Map<String, Long> countsByType() {
        synchronized (events) {
            return events.stream()
                    .collect(java.util.stream.Collectors.groupingBy(
                            Event::type, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        }
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(5_000);
    }
}
