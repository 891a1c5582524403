package org.mentorship.system.fault;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.mentorship.contracts.CloudEventHeaders;

/**
 * Everything on the dead-letter topics ({@code mentorship.dead-letter.<service>}), read by a plain consumer from
 * the beginning to the end offsets of the moment: a topic that does not exist holds nothing.
 */
public final class DeadLetters {

    static final String PREFIX = "mentorship.dead-letter.";

    /** One parked record: where, its CloudEvents type and id, and every header (the reason among them). */
    public record DeadLetter(String topic, String type, String id, Map<String, String> headers) {}

    private DeadLetters() {}

    public static List<DeadLetter> all(String bootstrap) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        List<TopicPartition> partitions = new ArrayList<>();
        try (Admin admin = Admin.create(props)) {
            Set<String> topics = admin.listTopics().names().get().stream()
                    .filter(t -> t.startsWith(PREFIX))
                    .collect(Collectors.toSet());
            if (topics.isEmpty()) {
                return List.of();
            }
            for (TopicDescription d :
                    admin.describeTopics(topics).allTopicNames().get().values()) {
                d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition())));
            }
        }
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-test-dead-letters-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, String> headers = new java.util.LinkedHashMap<>();
                    for (Header h : r.headers()) {
                        headers.put(h.key(), h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
                    }
                    letters.add(new DeadLetter(
                            r.topic(),
                            headers.getOrDefault(CloudEventHeaders.TYPE, ""),
                            headers.getOrDefault(CloudEventHeaders.ID, ""),
                            headers));
                }
            }
        }
        return letters;
    }
}
