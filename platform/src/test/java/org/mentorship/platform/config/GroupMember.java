package org.mentorship.platform.config;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A consumer with the services' shared group settings, run as its own JVM so a test can kill it with SIGKILL:
 * it prints {@code ASSIGNED} once it owns partitions and {@code RECEIVED <value>} per record.
 * Arguments: bootstrap servers, topic, group, instance id ("-" for a dynamic member).
 */
public final class GroupMember {

    static final Path SHARED_CONFIG = Path.of("src/main/resources/META-INF/microprofile-config.properties");

    public static void main(String[] args) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties(args[0], args[2], args[3]))) {
            consumer.subscribe(List.of(args[1]), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    if (!partitions.isEmpty()) {
                        System.out.println("ASSIGNED " + partitions);
                        System.out.flush();
                    }
                }
            });
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    System.out.println("RECEIVED " + record.value());
                    System.out.flush();
                }
            }
        }
    }

    /** The consumer settings every service gets from the platform's shared configuration. */
    static Properties properties(String bootstrap, String group, String instanceId) {
        Properties shared = new Properties();
        try (InputStream in = Files.newInputStream(SHARED_CONFIG)) {
            shared.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String prefix = "mp.messaging.connector.smallrye-kafka.";
        Properties props = new Properties();
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, shared.getProperty(prefix + "session.timeout.ms", "45000"));
        props.put(
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG,
                shared.getProperty(prefix + "heartbeat.interval.ms", "3000"));
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        if (!"-".equals(instanceId)) {
            props.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId);
        }
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    private GroupMember() {}
}
