package org.mentorship.platform.outbox;

import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.jboss.logging.Logger;
import org.mentorship.platform.tracing.EventTracing;
import org.postgresql.PGConnection;
import org.postgresql.PGProperty;

/**
 * Publishes a service's committed outbox rows to Kafka, at least once and, per aggregate, in {@code seq} order.
 *
 * <p>Only the replica holding a PostgreSQL session advisory lock relays, so the rows of one aggregate are never
 * sent by two processes at once; when that replica dies its connection closes, the lock is freed and another
 * replica takes over. The relay sleeps on LISTEN/NOTIFY, so a committed row goes out within milliseconds.
 * A crash between sending and marking re-sends the row with the same CloudEvent id: consumers' inboxes drop it.
 *
 * <p>Faults it outlives: a row this build cannot encode is parked with its reason (the later rows of its aggregate
 * wait behind it, every other aggregate flows); a failed send stops only its aggregate for the round, so no later
 * row of that aggregate can overtake it; any Throwable restarts the loop with a growing backoff. The connection is
 * dedicated (LISTEN and the session lock need one session) but bounded: socket, connect and server-side idle and
 * keepalive timeouts, so a dead or frozen leader loses the lock in seconds, not after the kernel's two hours.
 */
public class RelayWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(RelayWorker.class);

    /** A row is held while an earlier row of its aggregate is parked: sending it would reorder that aggregate. */
    static final String HELD = "exists (select 1 from outbox_event p where p.aggregateid = o.aggregateid "
            + "and p.sent_at is null and p.parked_at is not null and p.seq < o.seq)";

    private static final String SELECT_PENDING = "select o.seq, o.id, o.aggregateid, o.type, o.payload::text, "
            + "o.timestamp, o.traceparent, o.request_id from outbox_event o where o.sent_at is null and o.parked_at is null and not "
            + HELD
            + " order by o.seq limit ?";
    private static final int MAX_REASON = 2000;

    public record Settings(
            String jdbcUrl,
            String user,
            String password,
            String source,
            String lockName,
            int batchSize,
            Duration pollInterval,
            Duration leaderRetry,
            Duration maxBackoff,
            Duration retention,
            Duration socketTimeout,
            Duration sessionIdleTimeout) {}

    /** What one round did: rows read, and whether a send failed (then the relay backs off instead of waiting). */
    record Round(int read, boolean failed) {}

    private record InFlight(PendingEvent event, Future<RecordMetadata> ack) {}

    private final Settings settings;
    private final Producer<String, String> producer;
    private final TextMapPropagator propagator;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean leader = new AtomicBoolean(false);
    private final AtomicLong failedSends = new AtomicLong();
    private final AtomicLong restarts = new AtomicLong();
    private volatile int consecutiveFailures;
    private volatile Connection connection;
    /** Set while the loop waits to reconnect after losing its session; {@link #wake()} ends that wait. */
    private final Object reconnectWait = new Object();

    private boolean reconnecting;
    private boolean woken;

    public RelayWorker(Settings settings, Producer<String, String> producer) {
        this(settings, producer, TextMapPropagator.noop());
    }

    /** {@code propagator} reads the trace stored with each row; the row is sent with that trace current. */
    public RelayWorker(Settings settings, Producer<String, String> producer, TextMapPropagator propagator) {
        this.settings = settings;
        this.producer = producer;
        this.propagator = propagator;
    }

    public boolean isLeader() {
        return leader.get();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Sends Kafka did not take (each stops its aggregate for the round). */
    public long failedSends() {
        return failedSends.get();
    }

    /** Times the loop was restarted after a Throwable. */
    public long restarts() {
        return restarts.get();
    }

    /** Stops the loop and drops the connection, which releases the lock for another replica. */
    public void stop() {
        running.set(false);
        closeQuietly();
    }

    @Override
    public void run() {
        while (running.get()) {
            try (Connection conn = connect()) {
                connection = conn;
                if (!awaitLeadership(conn)) {
                    continue;
                }
                LOG.infof("Outbox relay of %s is the active relay", settings.source());
                unparkAll(conn);
                relay(conn);
            } catch (Throwable e) {
                // Anything, an Error too: a relay that dies silently stalls every event of the service.
                if (running.get()) {
                    restarts.incrementAndGet();
                    Duration backoff = backoff(++consecutiveFailures);
                    if (e instanceof SQLException) {
                        LOG.warnf(
                                "Outbox relay of %s lost its database session (%s); retrying in %d ms",
                                settings.source(), e.getMessage(), backoff.toMillis());
                    } else {
                        LOG.errorf(
                                e,
                                "Outbox relay of %s failed; restarting in %d ms",
                                settings.source(),
                                backoff.toMillis());
                    }
                    awaitReconnect(backoff);
                }
            } finally {
                leader.set(false);
                connection = null;
            }
        }
    }

    /**
     * A dedicated session with every timeout bounded: the client gives up on a silent server (socketTimeout), the
     * server ends a session that sent nothing for sessionIdleTimeout (a frozen or partitioned leader; a healthy one
     * queries at least every pollInterval or backoff) and probes an idle peer with TCP keepalives.
     */
    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", settings.user());
        props.setProperty("password", settings.password());
        PGProperty.CONNECT_TIMEOUT.set(
                props, (int) Math.max(1, settings.socketTimeout().toSeconds()));
        PGProperty.LOGIN_TIMEOUT.set(
                props, (int) Math.max(1, settings.socketTimeout().toSeconds()));
        PGProperty.SOCKET_TIMEOUT.set(
                props, (int) Math.max(1, settings.socketTimeout().toSeconds()));
        PGProperty.TCP_KEEP_ALIVE.set(props, true);
        PGProperty.APPLICATION_NAME.set(props, settings.lockName());
        Connection conn = DriverManager.getConnection(settings.jdbcUrl(), props);
        try (Statement st = conn.createStatement()) {
            conn.setAutoCommit(true);
            st.execute("set tcp_keepalives_idle = 10");
            st.execute("set tcp_keepalives_interval = 5");
            st.execute("set tcp_keepalives_count = 3");
            if (conn.getMetaData().getDatabaseMajorVersion() >= 14) {
                st.execute("set idle_session_timeout = "
                        + settings.sessionIdleTimeout().toMillis());
            }
        } catch (SQLException e) {
            conn.close();
            throw e;
        }
        return conn;
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
            Round round;
            do {
                round = publishRound(conn);
            } while (!round.failed() && round.read() == settings.batchSize() && running.get());
            if (round.failed()) {
                // Retry the stopped aggregates from their first unsent row, after a growing pause.
                sleep(backoff(++consecutiveFailures));
                continue;
            }
            consecutiveFailures = 0;
            if (System.currentTimeMillis() >= nextCleanup) {
                deleteOldSentRows(conn);
                nextCleanup = System.currentTimeMillis() + Duration.ofHours(1).toMillis();
            }
            // Blocks until a commit notifies us or the fallback interval passes.
            notifications.getNotifications((int) settings.pollInterval().toMillis());
        }
    }

    /**
     * Sends one batch in waves: each wave sends the oldest unsent row of every aggregate still going and waits for
     * Kafka's acks, so a later row of an aggregate is sent only once its predecessor was taken. A failed send stops
     * its aggregate for this round (the others go on); an unencodable row is parked and holds its aggregate back.
     */
    Round publishRound(Connection conn) throws SQLException {
        List<PendingEvent> batch = readPending(conn);
        Map<String, Deque<PendingEvent>> byAggregate = new LinkedHashMap<>();
        for (PendingEvent event : batch) {
            byAggregate
                    .computeIfAbsent(event.aggregateId(), k -> new ArrayDeque<>())
                    .add(event);
        }
        boolean failed = false;
        boolean unreachable = false;
        while (!byAggregate.isEmpty() && !unreachable) {
            List<InFlight> wave = new ArrayList<>();
            for (Iterator<Deque<PendingEvent>> it = byAggregate.values().iterator(); it.hasNext(); ) {
                Deque<PendingEvent> rows = it.next();
                PendingEvent event = rows.poll();
                ProducerRecord<String, String> record;
                try {
                    record = event.toRecord(settings.source());
                } catch (RuntimeException e) {
                    park(conn, event, e);
                    it.remove();
                    continue;
                }
                if (rows.isEmpty()) {
                    it.remove();
                }
                Future<RecordMetadata> ack;
                // The row's trace is current while it is sent: a traced producer's publish span joins it.
                try (Scope trace =
                        EventTracing.rowContext(propagator, event.traceparent()).makeCurrent()) {
                    ack = producer.send(record);
                } catch (RuntimeException e) {
                    ack = CompletableFuture.failedFuture(e);
                }
                wave.add(new InFlight(event, ack));
                if (ack.isDone() && failure(ack) != null) {
                    // Failed before reaching a broker (no metadata within max.block.ms): every further send of this
                    // round would wait as long, so the round ends here.
                    unreachable = true;
                    break;
                }
            }
            List<UUID> sent = new ArrayList<>(wave.size());
            for (InFlight inFlight : wave) {
                Throwable error = failure(inFlight.ack());
                if (error == null) {
                    sent.add(inFlight.event().id());
                } else if (error instanceof RecordTooLargeException) {
                    park(conn, inFlight.event(), error);
                    byAggregate.remove(inFlight.event().aggregateId());
                } else {
                    failed = true;
                    failedSends.incrementAndGet();
                    byAggregate.remove(inFlight.event().aggregateId());
                    LOG.warnf(
                            "Kafka did not take event %s of aggregate %s; that aggregate waits for the next round: %s",
                            inFlight.event().id(), inFlight.event().aggregateId(), error.getMessage());
                }
            }
            markSent(conn, sent);
        }
        return new Round(batch.size(), failed || unreachable);
    }

    /** Waits for the ack (bounded by the producer's delivery.timeout.ms); null when Kafka took the record. */
    private static Throwable failure(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() != null ? e.getCause() : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private void park(Connection conn, PendingEvent event, Throwable reason) throws SQLException {
        String text = reason.getClass().getSimpleName() + ": " + reason.getMessage();
        if (text.length() > MAX_REASON) {
            text = text.substring(0, MAX_REASON);
        }
        try (PreparedStatement update =
                conn.prepareStatement("update outbox_event set parked_at = now(), parked_reason = ? where id = ?")) {
            update.setString(1, text);
            update.setObject(2, event.id());
            update.executeUpdate();
        }
        LOG.warnf(
                "Outbox row %s (%s, aggregate %s) parked, its aggregate's later rows wait behind it: %s",
                event.id(), event.type(), event.aggregateId(), text);
    }

    /** A new leader (usually a new build) tries parked rows again; what it cannot encode either is parked again. */
    private void unparkAll(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            int rows = st.executeUpdate("update outbox_event set parked_at = null, parked_reason = null "
                    + "where sent_at is null and parked_at is not null");
            if (rows > 0) {
                LOG.infof("Outbox relay of %s retries %d parked rows", settings.source(), rows);
            }
        }
    }

    private List<PendingEvent> readPending(Connection conn) throws SQLException {
        List<PendingEvent> batch = new ArrayList<>();
        try (PreparedStatement select = conn.prepareStatement(SELECT_PENDING)) {
            select.setInt(1, settings.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    batch.add(new PendingEvent(
                            rs.getLong(1),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getTimestamp(6).toInstant(),
                            rs.getString(7),
                            rs.getString(8)));
                }
            }
        }
        return batch;
    }

    private static void markSent(Connection conn, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update =
                conn.prepareStatement("update outbox_event set sent_at = now() where id = any(?)")) {
            Array array = conn.createArrayOf("uuid", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    /** In slices, so one statement stays well inside the socket timeout however many rows a week left. */
    private void deleteOldSentRows(Connection conn) throws SQLException {
        try (PreparedStatement delete = conn.prepareStatement("delete from outbox_event where seq in (select seq "
                + "from outbox_event where sent_at < now() - make_interval(secs => ?) limit 5000)")) {
            delete.setLong(1, settings.retention().toSeconds());
            while (running.get() && delete.executeUpdate() == 5000) {
                // next slice
            }
        }
    }

    private Duration backoff(int failures) {
        long millis = settings.leaderRetry().toMillis() << Math.min(failures - 1, 10);
        return Duration.ofMillis(Math.min(millis, settings.maxBackoff().toMillis()));
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

    /**
     * A commit of this service just wrote an outbox row, so its database takes writes again: a relay waiting to
     * reconnect after losing its session (its backoff grows to maxBackoff through a long outage) tries at once
     * instead of leaving that row for up to maxBackoff. Called after every commit that wrote a row, so it does
     * nothing in any other state: a relay that is connected is already woken by NOTIFY.
     */
    public void wake() {
        synchronized (reconnectWait) {
            if (reconnecting) {
                woken = true;
                reconnectWait.notifyAll();
            }
        }
    }

    private void awaitReconnect(Duration backoff) {
        long until = System.nanoTime() + backoff.toNanos();
        synchronized (reconnectWait) {
            reconnecting = true;
            woken = false;
            try {
                for (long left = backoff.toMillis();
                        left > 0 && !woken && running.get();
                        left = (until - System.nanoTime()) / 1_000_000) {
                    reconnectWait.wait(left);
                }
                if (woken) {
                    LOG.infof("Outbox relay of %s reconnects now: a commit wrote an outbox row", settings.source());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.set(false);
            } finally {
                reconnecting = false;
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
