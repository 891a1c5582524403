package org.mentorship.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorship.platform.outbox.Delivered.firstDeliveries;
import static org.mentorship.platform.outbox.Delivered.header;
import static org.mentorship.platform.outbox.Delivered.readFor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.testsupport.TestKafka;

/** The relay against a real PostgreSQL and a real Kafka broker: prompt, ordered, one relay, nothing lost. */
class RelayWorkerTest {

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
    void aCommittedRowIsPublishedOnItsNotifyAsACloudEvent() throws Exception {
        // The fallback poll is a minute: a row that goes out sooner was woken by the commit's NOTIFY.
        RelayWorker relay = start(new RelayWorker(
                db.settings(Duration.ofMinutes(1)), db.producer(TestKafka.get().bootstrapServers())));
        UUID mentorship = UUID.randomUUID();
        UUID first = db.insert(mentorship, 1);
        // The first row may be found by the relay's first read; once it is sent the relay is waiting.
        await().atMost(Duration.ofSeconds(20)).until(() -> relay.isLeader() && db.isSent(first));

        UUID id = db.insert(mentorship, 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> db.isSent(id));

        ConsumerRecord<String, String> record = readFor(mentorship, 2).stream()
                .filter(r -> header(r, CloudEventHeaders.ID).equals(id.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/mentorship/test");
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("EvaluationPassed");
        assertThat(record.key()).isEqualTo(mentorship.toString());
    }

    @Test
    void twoReplicasPublishEachAggregateInOrderWithOneRelayAtATime() throws Exception {
        RelayWorker first = start(relay());
        RelayWorker second = start(relay());
        // Both sessions are connected and have asked for the lock; the database granted it once.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> (first.isLeader() || second.isLeader()) && relaySessions() == 2);
        Thread.sleep(500); // a few of the non-leader's lock attempts (every 200 ms)
        assertThat(grantedRelayLocks()).isEqualTo(1);
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
            assertThat(firstDeliveries(readFor(mentorship, 40))).hasSize(40).isSorted();
        }
    }

    @Test
    void aKafkaOutageDelaysEventsButLosesNone() throws Exception {
        // A relay whose broker is unreachable: it leads, tries to send, and Kafka does not take the rows.
        RelayWorker cutOff = start(db.relay("localhost:" + freePort()));
        UUID mentorship = UUID.randomUUID();
        db.insert(mentorship, 1);
        db.insert(mentorship, 2);
        await().atMost(Duration.ofSeconds(40)).until(() -> cutOff.failedSends() >= 1);
        assertThat(db.unsent()).isEqualTo(2);

        // Kafka is back (the relay that can reach it takes over): both arrive, in order.
        cutOff.stop();
        start(relay());
        await().atMost(Duration.ofSeconds(20)).until(() -> db.unsent() == 0);
        assertThat(firstDeliveries(readFor(mentorship, 2))).containsExactly(1, 2);
    }

    private long relaySessions() throws Exception {
        return (Long) db.value("select count(*) from pg_stat_activity where application_name = 'outbox-relay' "
                + "and datname = current_database()");
    }

    private long grantedRelayLocks() throws Exception {
        return (Long) db.value("select count(*) from pg_locks where locktype = 'advisory' and granted "
                + "and database = (select oid from pg_database where datname = current_database())");
    }

    private RelayWorker relay() {
        return db.relay();
    }

    private RelayWorker start(RelayWorker worker) {
        relays.add(worker);
        RelayFixture.start(worker);
        return worker;
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
