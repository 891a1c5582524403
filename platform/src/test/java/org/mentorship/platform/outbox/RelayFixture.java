package org.mentorship.platform.outbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.testsupport.TestKafka;
import org.mentorship.testsupport.TestPostgres;

/** A fresh database with the platform's migration applied, and relays to run against it. */
final class RelayFixture implements AutoCloseable {

    private final TestPostgres postgres = TestPostgres.get();
    final String database = "relay_" + UUID.randomUUID().toString().replace("-", "");
    private final String jdbcUrl;

    RelayFixture() throws Exception {
        try (Connection admin = postgres.connect(); Statement st = admin.createStatement()) {
            st.execute("create database " + database);
        }
        jdbcUrl = postgres.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        try (Connection conn = connect(); Statement st = conn.createStatement()) {
            st.execute(Files.readString(Path.of("src/main/resources/db/platform/V0_1__outbox_inbox.sql")));
        }
    }

    Connection connect() throws SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl, postgres.user(), postgres.password());
    }

    RelayWorker relay(String bootstrapServers) {
        RelayWorker.Settings settings = new RelayWorker.Settings(jdbcUrl, postgres.user(), postgres.password(),
                "/mentorship/test", "outbox-relay", 50, Duration.ofMillis(500), Duration.ofMillis(200), Duration.ofDays(7));
        return new RelayWorker(settings, new KafkaProducer<>(OutboxRelay.producerProperties(bootstrapServers, "test")));
    }

    RelayWorker relay() {
        return relay(TestKafka.get().bootstrapServers());
    }

    static Thread start(RelayWorker worker) {
        Thread thread = new Thread(worker, "test-relay");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Writes an outbox row as a service transaction would: EvaluationPassed number {@code n} of a mentorship. */
    UUID insert(UUID mentorship, int n) throws SQLException {
        UUID id = UUID.randomUUID();
        EvaluationPassed event = new EvaluationPassed(UUID.randomUUID(), mentorship, n, 1000, false, Instant.now());
        try (Connection conn = connect(); PreparedStatement insert = conn.prepareStatement(
                "insert into outbox_event (id, aggregatetype, aggregateid, type, payload, timestamp) "
                        + "values (?, 'evaluations', ?, 'EvaluationPassed', ?::jsonb, now())")) {
            insert.setObject(1, id);
            insert.setString(2, mentorship.toString());
            insert.setString(3, EventJson.write(event));
            insert.executeUpdate();
        }
        return id;
    }

    long unsent() throws SQLException {
        try (Connection conn = connect(); Statement st = conn.createStatement();
                var rs = st.executeQuery("select count(*) from outbox_event where sent_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws Exception {
        try (Connection admin = postgres.connect(); Statement st = admin.createStatement()) {
            st.execute("drop database if exists " + database + " with (force)");
        }
    }
}
