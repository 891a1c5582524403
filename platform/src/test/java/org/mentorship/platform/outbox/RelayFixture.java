package org.mentorship.platform.outbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.testsupport.TestKafka;
import org.mentorship.testsupport.TestPostgres;

/** A fresh database with the platform's migration applied, and relays to run against it. */
final class RelayFixture implements AutoCloseable {

    private final TestPostgres postgres = TestPostgres.get();
    final String database = "relay_" + UUID.randomUUID().toString().replace("-", "");
    private final String jdbcUrl;
    private final List<Producer<String, String>> producers = new CopyOnWriteArrayList<>();

    RelayFixture() throws Exception {
        try (Connection admin = postgres.connect();
                Statement st = admin.createStatement()) {
            st.execute("create database " + database);
        }
        jdbcUrl = postgres.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        try (Connection conn = connect();
                Statement st = conn.createStatement()) {
            st.execute(Files.readString(Path.of("src/main/resources/db/platform/V0_1__outbox_inbox.sql")));
            st.execute(Files.readString(Path.of("src/main/resources/db/platform/V0_3__outbox_parking.sql")));
            st.execute(Files.readString(Path.of("src/main/resources/db/platform/V0_4__outbox_trace.sql")));
        }
    }

    Connection connect() throws SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl, postgres.user(), postgres.password());
    }

    /** Quick retries and a short fallback poll: what each test changes is named where it is changed. */
    RelayWorker.Settings settings() {
        return settings(jdbcUrl, Duration.ofMillis(500), Duration.ofSeconds(60));
    }

    RelayWorker.Settings settings(Duration pollInterval) {
        return settings(jdbcUrl, pollInterval, Duration.ofSeconds(60));
    }

    /** A relay reaching the database at {@code url} (e.g. through a proxy), whose session the server ends when idle. */
    RelayWorker.Settings settings(String url, Duration pollInterval, Duration sessionIdleTimeout) {
        return new RelayWorker.Settings(
                url,
                postgres.user(),
                postgres.password(),
                "/mentorship/test",
                "outbox-relay",
                50,
                pollInterval,
                Duration.ofMillis(200),
                Duration.ofSeconds(1),
                Duration.ofDays(7),
                Duration.ofSeconds(2),
                sessionIdleTimeout);
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    RelayWorker relay(String bootstrapServers) {
        return new RelayWorker(settings(), producer(bootstrapServers));
    }

    RelayWorker relay() {
        return relay(TestKafka.get().bootstrapServers());
    }

    KafkaProducer<String, String> producer(String bootstrapServers) {
        return track(new KafkaProducer<>(OutboxRelay.producerProperties(bootstrapServers, "test")));
    }

    /** Closed with the fixture. */
    <P extends Producer<String, String>> P track(P producer) {
        producers.add(producer);
        return producer;
    }

    static Thread start(RelayWorker worker) {
        Thread thread = new Thread(worker, "test-relay");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Writes an outbox row as a service transaction would: EvaluationPassed number {@code n} of a mentorship. */
    UUID insert(UUID mentorship, int n) throws SQLException {
        return insert(mentorship, n, "EvaluationPassed");
    }

    /** The same row under another type name: one this build does not know plays a row from a newer build. */
    UUID insert(UUID mentorship, int n, String type) throws SQLException {
        UUID id = UUID.randomUUID();
        EvaluationPassed event = new EvaluationPassed(UUID.randomUUID(), mentorship, n, 1000, false, Instant.now());
        try (Connection conn = connect();
                PreparedStatement insert = conn.prepareStatement(
                        "insert into outbox_event (id, aggregatetype, aggregateid, type, payload, timestamp) "
                                + "values (?, 'evaluations', ?, ?, ?::jsonb, now())")) {
            insert.setObject(1, id);
            insert.setString(2, mentorship.toString());
            insert.setString(3, type);
            insert.setString(4, EventJson.write(event));
            insert.executeUpdate();
        }
        return id;
    }

    /** One value of a one-row query, e.g. a row's parked reason. */
    Object value(String sql, Object... parameters) throws SQLException {
        try (Connection conn = connect();
                PreparedStatement query = conn.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (var rs = query.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (Connection conn = connect();
                PreparedStatement update = conn.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        }
    }

    boolean isSent(UUID id) throws SQLException {
        return value("select sent_at is not null from outbox_event where id = ?", id) == Boolean.TRUE;
    }

    long unsent() throws SQLException {
        try (Connection conn = connect();
                Statement st = conn.createStatement();
                var rs = st.executeQuery("select count(*) from outbox_event where sent_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws Exception {
        producers.forEach(p -> p.close(Duration.ofSeconds(1)));
        try (Connection admin = postgres.connect();
                Statement st = admin.createStatement()) {
            st.execute("drop database if exists " + database + " with (force)");
        }
    }
}
