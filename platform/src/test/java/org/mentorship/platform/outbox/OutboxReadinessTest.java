package org.mentorship.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.config.OutboxConfig;
import org.mentorship.testsupport.TestPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/** Readiness of a service's outbox: DOWN when its relay is dead or its oldest sendable row waited too long. */
class OutboxReadinessTest {

    private RelayFixture db;
    private OutboxRelay relay;
    private OutboxReadiness readiness;

    @BeforeEach
    void startRelay() throws Exception {
        db = new RelayFixture();
        TestPostgres pg = TestPostgres.get();
        // Kafka unreachable: rows stay unsent, so their age is the lag.
        relay = new OutboxRelay(
                new Limits(),
                "test",
                Optional.of("localhost:" + freePort()),
                java.util.Map.of(),
                Optional.of(db.jdbcUrl()),
                Optional.of(pg.user()),
                Optional.of(pg.password()),
                io.opentelemetry.api.OpenTelemetry.noop());
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(db.jdbcUrl());
        dataSource.setUser(pg.user());
        dataSource.setPassword(pg.password());
        readiness = new OutboxReadiness(relay, new OutboxStatus(dataSource, relay), new Limits());
        relay.start(new StartupEvent());
        await().atMost(Duration.ofSeconds(10)).until(relay::isActiveRelay);
    }

    @AfterEach
    void stop() throws Exception {
        relay.stop(new ShutdownEvent());
        db.close();
    }

    @Test
    void upWhileTheRelayRunsAndLagIsWithinTheLimit() throws Exception {
        db.insert(UUID.randomUUID(), 1);
        HealthCheckResponse health = readiness.call();
        assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(data(health))
                .containsEntry("relay", "running")
                .containsEntry("leader", "yes")
                .containsEntry("unsent", 1L)
                .containsEntry("parked", 0L);
    }

    @Test
    void downWhenTheOldestSendableRowWaitedLongerThanTheLimit() throws Exception {
        UUID id = db.insert(UUID.randomUUID(), 1);
        db.update("update outbox_event set recorded_at = now() - interval '6 minutes' where id = ?", id);
        HealthCheckResponse health = readiness.call();
        assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(data(health)).containsEntry("relay", "running");
        assertThat((Long) data(health).get("lagSeconds")).isGreaterThanOrEqualTo(360L);
    }

    @Test
    void downWhenTheRelayThreadIsGone() throws Exception {
        relay.stop(new ShutdownEvent());
        await().atMost(Duration.ofSeconds(10)).until(() -> !relay.isAlive());
        HealthCheckResponse health = readiness.call();
        assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(data(health)).containsEntry("relay", "dead").containsEntry("leader", "no");
    }

    @Test
    void downWhenTheDatabaseCannotBeRead() throws Exception {
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setUrl("jdbc:postgresql://localhost:" + freePort() + "/none?connectTimeout=2");
        HealthCheckResponse health =
                new OutboxReadiness(relay, new OutboxStatus(unreachable, relay), new Limits()).call();
        assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(data(health)).containsEntry("relay", "running").containsKey("error");
    }

    private static Map<String, Object> data(HealthCheckResponse health) {
        return health.getData().orElseThrow();
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The defaults, with a five-minute lag limit and quick retries. */
    private static final class Limits implements OutboxConfig {
        public boolean relayEnabled() {
            return true;
        }

        public int batchSize() {
            return 50;
        }

        public Duration pollInterval() {
            return Duration.ofMillis(500);
        }

        public Duration leaderRetry() {
            return Duration.ofMillis(200);
        }

        public Duration retention() {
            return Duration.ofDays(7);
        }

        public Duration maxBackoff() {
            return Duration.ofSeconds(1);
        }

        public Duration socketTimeout() {
            return Duration.ofSeconds(5);
        }

        public Duration sessionIdleTimeout() {
            return Duration.ofSeconds(60);
        }

        public Duration lagLimit() {
            return Duration.ofMinutes(5);
        }
    }
}
