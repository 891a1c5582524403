package org.mentorship.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;

/**
 * A consumer killed with SIGKILL (its own JVM, so it never leaves the group) and a replacement started at once:
 * the replacement must own the partitions and read the next event within 15 s, both when it is the same replica
 * (static membership: it takes the dead member's place) and when it has a new name (the dead member's session,
 * 10 s in the shared config, expires). Kafka's defaults (dynamic member, 45 s) take about 45 s here.
 */
class ConsumerFailoverTest {

    private static final Duration LIMIT = Duration.ofSeconds(15);
    private final String bootstrap = TestKafka.get().bootstrapServers();

    @Test
    void theSameReplicaRestartedAfterKillNineResumesAtOnce() throws Exception {
        String channel = "evaluation-events";
        Duration took = failover(
                StaticGroupMembership.instanceId("replica-1", channel),
                StaticGroupMembership.instanceId("replica-1", channel));
        assertThat(took).isLessThan(LIMIT);
    }

    @Test
    void aReplacementWithANewNameTakesOverWhenTheDeadSessionExpires() throws Exception {
        String channel = "evaluation-events";
        Duration took = failover(
                StaticGroupMembership.instanceId("pod-a", channel), StaticGroupMembership.instanceId("pod-b", channel));
        assertThat(took).isLessThan(LIMIT);
    }

    /** Time from starting the replacement to its first record, after the member before it was killed with -9. */
    private Duration failover(String killedId, String replacementId) throws Exception {
        String topic = "failover-" + UUID.randomUUID();
        String group = "failover-" + UUID.randomUUID();
        KafkaTestClient kafka = new KafkaTestClient(bootstrap);
        kafka.send(new ProducerRecord<>(topic, "key", "before"));

        Process member = startMember(topic, group, killedId);
        try {
            awaitLine(member, "RECEIVED before", Duration.ofSeconds(60));
        } finally {
            member.destroyForcibly(); // SIGKILL: no LeaveGroup, no commit, the broker only sees heartbeats stop
            member.waitFor(10, TimeUnit.SECONDS);
        }
        kafka.send(new ProducerRecord<>(topic, "key", "after"));

        long start = System.nanoTime();
        try (KafkaConsumer<String, String> replacement =
                new KafkaConsumer<>(GroupMember.properties(bootstrap, group, replacementId))) {
            replacement.subscribe(List.of(topic));
            while (System.nanoTime() - start < Duration.ofSeconds(90).toNanos()) {
                for (ConsumerRecord<String, String> record : replacement.poll(Duration.ofMillis(100))) {
                    if (record.value().equals("after")) {
                        Duration took = Duration.ofNanos(System.nanoTime() - start);
                        System.out.printf(
                                "Failover %s -> %s: first event after %d ms%n",
                                killedId, replacementId, took.toMillis());
                        return took;
                    }
                }
            }
        }
        throw new AssertionError("The replacement never received the event");
    }

    private Process startMember(String topic, String group, String instanceId) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Xmx96m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        GroupMember.class.getName(),
                        bootstrap,
                        topic,
                        group,
                        instanceId)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void awaitLine(Process process, String line, Duration timeout) throws Exception {
        CompletableFuture<Boolean> seen = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String next;
                while ((next = out.readLine()) != null) {
                    if (next.startsWith(line)) {
                        return true;
                    }
                }
                return false;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        if (!seen.get(timeout.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("The member exited before printing " + line);
        }
    }
}
