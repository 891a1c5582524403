package org.mentorship.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorship.testsupport.TestKafka;
import org.mentorship.testsupport.TestPostgres;

/**
 * The relay outlives an Error in its own thread, a frozen leader cannot keep the lock, and a relay that lost its
 * database through a long outage publishes the first row committed after it without waiting out its backoff.
 */
class RelayResilienceTest {

    private final List<RelayWorker> relays = new ArrayList<>();
    private RelayFixture db;

    @BeforeEach
    void createDatabase() throws Exception {
        db = new RelayFixture();
    }

    @AfterEach
    void stop() throws Exception {
        relays.forEach(RelayWorker::stop);
        db.close();
    }

    @Test
    void anErrorRestartsTheRelayLoopAndTheRowStillGoesOut() throws Exception {
        // The kind of Error a half-rolled-out deploy throws: the loop must not die with it.
        FlakyProducer producer = db.track(FlakyProducer.throwingOnce(
                TestKafka.get().bootstrapServers(), new NoClassDefFoundError("org/mentorship/Simulated")));
        RelayWorker relay = start(new RelayWorker(db.settings(), producer));
        UUID id = db.insert(UUID.randomUUID(), 1);

        await().atMost(Duration.ofSeconds(20)).until(() -> db.isSent(id));
        assertThat(relay.restarts()).isGreaterThanOrEqualTo(1);
        assertThat(producer.attempts()).extracting(FlakyProducer.Attempt::taken).containsExactly(false, true);
    }

    @Test
    void aFrozenLeaderLosesTheLockToAnotherReplicaInSeconds() throws Exception {
        URI server = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        try (FreezableProxy proxy = new FreezableProxy(server.getHost(), server.getPort())) {
            String throughProxy = db.jdbcUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
            // The server ends a relay session silent for 2 s (a healthy relay queries every 500 ms here).
            RelayWorker frozen = start(new RelayWorker(
                    db.settings(throughProxy, Duration.ofMillis(500), Duration.ofSeconds(2)),
                    db.producer(TestKafka.get().bootstrapServers())));
            await().atMost(Duration.ofSeconds(10)).until(frozen::isLeader);
            RelayWorker standby = start(db.relay());

            proxy.freeze();
            long frozenAt = System.nanoTime();
            UUID id = db.insert(UUID.randomUUID(), 1);

            await().atMost(Duration.ofSeconds(15)).until(() -> standby.isLeader() && db.isSent(id));
            System.out.printf(
                    "Standby relay took over %d ms after the leader froze%n",
                    (System.nanoTime() - frozenAt) / 1_000_000);
        }
    }

    @Test
    void aRelayBackingOffAfterAnOutagePublishesTheFirstCommittedRowAtOnce() throws Exception {
        TestPostgres postgres = TestPostgres.get();
        Assumptions.assumeTrue(postgres.stoppable(), "needs the embedded PostgreSQL, which this JVM can stop");
        RelayWorker.Settings quick = db.settings();
        // Backoff 200 ms doubling to 60 s: after eight lost sessions the relay waits 25.6 s before it tries again.
        RelayWorker relay = start(new RelayWorker(
                new RelayWorker.Settings(
                        quick.jdbcUrl(),
                        quick.user(),
                        quick.password(),
                        quick.source(),
                        quick.lockName(),
                        quick.batchSize(),
                        quick.pollInterval(),
                        Duration.ofMillis(200),
                        Duration.ofSeconds(60),
                        quick.retention(),
                        quick.socketTimeout(),
                        quick.sessionIdleTimeout()),
                db.producer(TestKafka.get().bootstrapServers())));
        await().atMost(Duration.ofSeconds(10)).until(relay::isLeader);
        postgres.stopServer();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> relay.restarts() >= 8);
        } finally {
            postgres.startServer();
        }
        UUID id = db.insert(UUID.randomUUID(), 1);
        long committed = System.nanoTime();
        relay.wake(); // what Outbox does after the commit of a transaction that wrote a row

        await().atMost(Duration.ofSeconds(5)).until(() -> db.isSent(id));
        System.out.printf(
                "Row committed after the outage sent %d ms later%n", (System.nanoTime() - committed) / 1_000_000);
    }

    private RelayWorker start(RelayWorker worker) {
        relays.add(worker);
        RelayFixture.start(worker);
        return worker;
    }
}
