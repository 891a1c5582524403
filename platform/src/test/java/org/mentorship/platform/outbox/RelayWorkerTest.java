package org.mentorship.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.Topics;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;

/** The relay against a real PostgreSQL and a real Kafka broker. */
class RelayWorkerTest {

    private final KafkaTestClient kafka = new KafkaTestClient(TestKafka.get().bootstrapServers());
    private final List<RelayWorker> relays = new ArrayList<>();
    private RelayFixture db;

    @BeforeEach
    void createDatabase() throws Exception {
        db = new RelayFixture();
    }

    @AfterEach
    void stopRelays() throws Exception {
        relays.forEach(RelayWorker::stop);
        db.close();
    }

    @Test
    void aCommittedRowIsPublishedPromptlyAsACloudEvent() throws Exception {
        RelayFixture.start(relay());
        await().atMost(Duration.ofSeconds(10)).until(relays.get(0)::isLeader);
        UUID mentorship = UUID.randomUUID();

        long before = System.nanoTime();
        UUID id = db.insert(mentorship, 1);
        await().pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(10)).until(() -> db.unsent() == 0);
        long millis = (System.nanoTime() - before) / 1_000_000;

        // NOTIFY wakes the relay: far below the 500 ms fallback poll of this fixture.
        assertThat(millis).isLessThan(450);
        ConsumerRecord<String, String> record = readFor(mentorship, 1).get(0);
        assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(id.toString());
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/mentorship/test");
        assertThat(record.key()).isEqualTo(mentorship.toString());
    }

    @Test
    void twoReplicasPublishEachAggregateInOrderWithOneRelayAtATime() throws Exception {
        RelayWorker first = relay();
        RelayWorker second = relay();
        RelayFixture.start(first);
        RelayFixture.start(second);
        await().atMost(Duration.ofSeconds(10)).until(() -> first.isLeader() || second.isLeader());
        assertThat(first.isLeader() && second.isLeader()).isFalse();

        List<UUID> mentorships = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (int n = 1; n <= 40; n++) {
            for (UUID mentorship : mentorships) {
                db.insert(mentorship, n);
            }
            if (n == 20) {
                // The active relay dies mid-stream; the other replica must take over without losing or reordering.
                (first.isLeader() ? first : second).stop();
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> db.unsent() == 0);

        for (UUID mentorship : mentorships) {
            List<Integer> numbers = firstDeliveries(readFor(mentorship, 40));
            assertThat(numbers).hasSize(40).isSorted();
        }
    }

    @Test
    void aKafkaOutageDelaysEventsButLosesNone() throws Exception {
        // A relay whose broker is unreachable keeps the rows; nothing is marked sent.
        int deadPort = freePort();
        RelayWorker cutOff = relay("localhost:" + deadPort);
        RelayFixture.start(cutOff);
        UUID mentorship = UUID.randomUUID();
        db.insert(mentorship, 1);
        db.insert(mentorship, 2);
        await().atMost(Duration.ofSeconds(10)).until(cutOff::isLeader);
        Thread.sleep(1500);
        assertThat(db.unsent()).isEqualTo(2);

        // Kafka is back (the relay that can reach it takes over): both arrive, in order.
        cutOff.stop();
        RelayFixture.start(relay());
        await().atMost(Duration.ofSeconds(20)).until(() -> db.unsent() == 0);
        assertThat(firstDeliveries(readFor(mentorship, 2))).containsExactly(1, 2);
    }

    private RelayWorker relay() {
        RelayWorker worker = db.relay();
        relays.add(worker);
        return worker;
    }

    private RelayWorker relay(String bootstrap) {
        RelayWorker worker = db.relay(bootstrap);
        relays.add(worker);
        return worker;
    }

    private List<ConsumerRecord<String, String>> readFor(UUID mentorship, int distinct) {
        String key = mentorship.toString();
        return kafka.readUntil(Topics.EVALUATIONS, Duration.ofSeconds(20),
                read -> read.stream().filter(r -> key.equals(r.key())).map(r -> header(r, CloudEventHeaders.ID))
                        .distinct().count() >= distinct)
                .stream().filter(r -> key.equals(r.key())).toList();
    }

    /** Evaluation numbers in arrival order, each event counted at its first delivery (at-least-once may repeat). */
    private static List<Integer> firstDeliveries(List<ConsumerRecord<String, String>> records) {
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> numbers = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            if (seen.putIfAbsent(header(r, CloudEventHeaders.ID), 1) == null) {
                numbers.add(EventJson.read(EvaluationPassed.class, r.value()).number());
            }
        }
        return numbers;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
