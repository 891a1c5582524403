package org.mentorship.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;

/**
 * How far this service's outbox is behind, read from the table (so every replica reports it, not only the relay):
 * for readiness and for the gauges {@code mentorship_outbox_lag_seconds}, {@code mentorship_outbox_unsent},
 * {@code mentorship_outbox_parked} and {@code mentorship_outbox_leader}. Cached briefly: a scrape and a health
 * probe arriving together cost one query.
 */
@ApplicationScoped
public class OutboxStatus {

    /** Lag counts only rows the relay could send now; rows held behind a parked one are counted as held. */
    private static final String QUERY = "select "
            + "count(*) filter (where o.parked_at is null and not held), "
            + "count(*) filter (where o.parked_at is null and held), "
            + "count(*) filter (where o.parked_at is not null), "
            + "coalesce(extract(epoch from now() - min(o.recorded_at) filter (where o.parked_at is null and not held)), 0) "
            + "from (select o.*, " + RelayWorker.HELD + " as held from outbox_event o where o.sent_at is null) o";

    private static final long CACHE_NANOS = 2_000_000_000L;

    /** Rows the relay can send now, rows held behind a parked row, parked rows, and the age of the oldest sendable. */
    public record Snapshot(long pending, long held, long parked, double lagSeconds) {
        public long unsent() {
            return pending + held;
        }
    }

    private final DataSource dataSource;
    private final OutboxRelay relay;
    private volatile Snapshot cached;
    private volatile long cachedAt;

    OutboxStatus(DataSource dataSource, OutboxRelay relay) {
        this.dataSource = dataSource;
        this.relay = relay;
    }

    void registerGauges(@Observes StartupEvent startup, MeterRegistry registry) {
        Gauge.builder("mentorship.outbox.lag.seconds", this, s -> s.read(Snapshot::lagSeconds))
                .description("Age of the oldest outbox row the relay has not yet published")
                .register(registry);
        Gauge.builder("mentorship.outbox.unsent", this, s -> s.read(Snapshot::unsent))
                .description("Outbox rows not yet published (parked rows not included)")
                .register(registry);
        Gauge.builder("mentorship.outbox.parked", this, s -> s.read(Snapshot::parked))
                .description("Outbox rows this build cannot encode, waiting with their reason")
                .register(registry);
        Gauge.builder("mentorship.outbox.leader", relay, r -> r.isActiveRelay() ? 1 : 0)
                .description("1 on the replica whose relay holds the outbox lock")
                .register(registry);
    }

    /** Fresh within two seconds; throws when the database cannot be read. */
    public Snapshot snapshot() throws SQLException {
        Snapshot current = cached;
        if (current != null && System.nanoTime() - cachedAt < CACHE_NANOS) {
            return current;
        }
        try (Connection conn = dataSource.getConnection();
                Statement st = conn.createStatement()) {
            st.setQueryTimeout(5);
            try (ResultSet rs = st.executeQuery(QUERY)) {
                rs.next();
                current = new Snapshot(rs.getLong(1), rs.getLong(2), rs.getLong(3), Math.max(0, rs.getDouble(4)));
            }
        }
        cached = current;
        cachedAt = System.nanoTime();
        return current;
    }

    /** A gauge reads NaN (no sample) rather than a made-up zero when the database cannot be read. */
    private double read(ToDoubleFunction<Snapshot> value) {
        try {
            return value.applyAsDouble(snapshot());
        } catch (SQLException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
