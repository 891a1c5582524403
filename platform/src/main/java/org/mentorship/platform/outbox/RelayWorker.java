package org.mentorship.platform.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Publishes a service's committed outbox rows to Kafka, at least once and in {@code seq} order.
 *
 * <p>Only the replica holding a PostgreSQL session advisory lock relays, so the rows of one aggregate are never
 * sent by two processes at once; when that replica dies its connection closes, the lock is freed and another
 * replica takes over. The relay sleeps on LISTEN/NOTIFY, so a committed row goes out within milliseconds.
 * A crash between sending and marking re-sends the row with the same CloudEvent id: consumers' inboxes drop it.
 */
public class RelayWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(RelayWorker.class);
    private static final String SELECT_PENDING = "select seq, id, aggregateid, type, payload::text, timestamp "
            + "from outbox_event where sent_at is null order by seq limit ?";

    public record Settings(String jdbcUrl, String user, String password, String source, String lockName,
            int batchSize, Duration pollInterval, Duration leaderRetry, Duration retention) {
    }

    private final Settings settings;
    private final Producer<String, String> producer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean leader = new AtomicBoolean(false);
    private volatile Connection connection;

    public RelayWorker(Settings settings, Producer<String, String> producer) {
        this.settings = settings;
        this.producer = producer;
    }

    public boolean isLeader() {
        return leader.get();
    }

    /** Stops the loop and drops the connection, which releases the lock for another replica. */
    public void stop() {
        running.set(false);
        closeQuietly();
    }

    @Override
    public void run() {
        while (running.get()) {
            try (Connection conn = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
                connection = conn;
                conn.setAutoCommit(true);
                if (!awaitLeadership(conn)) {
                    continue;
                }
                LOG.infof("Outbox relay of %s is the active relay", settings.source());
                relay(conn);
            } catch (SQLException | RuntimeException e) {
                if (running.get()) {
                    LOG.warnf("Outbox relay of %s paused: %s", settings.source(), e.getMessage());
                    sleep(settings.leaderRetry());
                }
            } finally {
                leader.set(false);
                connection = null;
            }
        }
    }

    private boolean awaitLeadership(Connection conn) throws SQLException {
        while (running.get()) {
            try (PreparedStatement lock = conn.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
                lock.setString(1, settings.lockName());
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        leader.set(true);
                        return true;
                    }
                }
            }
            sleep(settings.leaderRetry());
        }
        return false;
    }

    private void relay(Connection conn) throws SQLException {
        try (Statement listen = conn.createStatement()) {
            listen.execute("LISTEN outbox_event");
        }
        PGConnection notifications = conn.unwrap(PGConnection.class);
        long nextCleanup = 0;
        while (running.get()) {
            int published;
            do {
                published = publishBatch(conn);
            } while (published == settings.batchSize() && running.get());
            if (System.currentTimeMillis() >= nextCleanup) {
                deleteOldSentRows(conn);
                nextCleanup = System.currentTimeMillis() + Duration.ofHours(1).toMillis();
            }
            // Blocks until a commit notifies us or the fallback interval passes.
            notifications.getNotifications((int) settings.pollInterval().toMillis());
        }
    }

    /** Sends one batch and marks the longest prefix that Kafka acknowledged; the rest is retried in order. */
    int publishBatch(Connection conn) throws SQLException {
        List<PendingEvent> batch = readPending(conn);
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            acks.add(producer.send(event.toRecord(settings.source())));
        }
        List<UUID> sent = new ArrayList<>(batch.size());
        RuntimeException failure = null;
        for (int i = 0; i < batch.size(); i++) {
            try {
                acks.get(i).get();
                sent.add(batch.get(i).id());
            } catch (Exception e) {
                failure = new IllegalStateException("Kafka did not take event " + batch.get(i).id() + ": " + e.getMessage(), e);
                break;
            }
        }
        markSent(conn, sent);
        if (failure != null) {
            throw failure;
        }
        return batch.size();
    }

    private List<PendingEvent> readPending(Connection conn) throws SQLException {
        List<PendingEvent> batch = new ArrayList<>();
        try (PreparedStatement select = conn.prepareStatement(SELECT_PENDING)) {
            select.setInt(1, settings.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    batch.add(new PendingEvent(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
                }
            }
        }
        return batch;
    }

    private static void markSent(Connection conn, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = conn.prepareStatement("update outbox_event set sent_at = now() where id = any(?)")) {
            Array array = conn.createArrayOf("uuid", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private void deleteOldSentRows(Connection conn) throws SQLException {
        try (PreparedStatement delete = conn.prepareStatement(
                "delete from outbox_event where sent_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, settings.retention().toSeconds());
            delete.executeUpdate();
        }
    }

    private void closeQuietly() {
        Connection conn = connection;
        if (conn != null) {
            try {
                conn.close();
            } catch (SQLException ignored) {
                // Closing is how the lock is released; a failure here means it is already gone.
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }
}
