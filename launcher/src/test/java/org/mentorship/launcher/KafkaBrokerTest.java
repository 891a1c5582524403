package org.mentorship.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A real Kafka broker (KRaft) as its own JVM from target/kafka-libs, with the services' topics. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class KafkaBrokerTest {

    @TempDir
    Path home;

    private LocalSystem system;

    @AfterEach
    void stopEverything() {
        if (system != null) {
            system.stop();
        }
    }

    @Test
    void startsWithTheTopicsCarriesARecordAndStops() throws Exception {
        system = TestSystems.builder(home).components(Components.KAFKA).build();
        system.start();
        long pid = system.status().get(0).pid().orElseThrow();
        assertEquals(ComponentStatus.State.HEALTHY, system.status().get(0).state());
        assertTrue(LogFiles.contains(system.logFile("kafka"), "Kafka Server started"));

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", system.kafkaBootstrap()))) {
            Map<String, TopicDescription> topics =
                    admin.describeTopics(LocalSystem.TOPICS).allTopicNames().get(30, TimeUnit.SECONDS);
            assertEquals(LocalSystem.TOPICS.size(), topics.size());
            topics.values().forEach(topic -> assertEquals(3, topic.partitions().size(), topic.name()));
        }

        String topic = "mentorship.applications.v1";
        RecordMetadata sent;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            sent = producer.send(new ProducerRecord<>(topic, "application-1", "{\"type\":\"ApplicationSubmitted\"}"))
                    .get(30, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            TopicPartition partition = new TopicPartition(topic, sent.partition());
            consumer.assign(List.of(partition));
            consumer.seek(partition, sent.offset());
            ConsumerRecord<String, String> received = null;
            Instant deadline = Instant.now().plusSeconds(30);
            while (received == null && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    received = record;
                }
            }
            assertTrue(received != null, "the record comes back");
            assertEquals("application-1", received.key());
            assertEquals("{\"type\":\"ApplicationSubmitted\"}", received.value());
        }

        assertEquals(StopOutcome.STOPPED, system.stop().get(0).outcome());
        assertFalse(ProcessTable.isAlive(pid));
        assertFalse(Files.exists(home.resolve("run/kafka.pid")));
        assertTrue(Files.isRegularFile(home.resolve("data/kafka/meta.properties")), "the storage stays formatted");
    }

    private Properties producerProperties() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", system.kafkaBootstrap());
        properties.put("key.serializer", StringSerializer.class.getName());
        properties.put("value.serializer", StringSerializer.class.getName());
        properties.put("acks", "all");
        properties.put("compression.type", "zstd");
        return properties;
    }

    private Properties consumerProperties() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", system.kafkaBootstrap());
        properties.put("key.deserializer", StringDeserializer.class.getName());
        properties.put("value.deserializer", StringDeserializer.class.getName());
        properties.put("enable.auto.commit", "false");
        return properties;
    }
}
