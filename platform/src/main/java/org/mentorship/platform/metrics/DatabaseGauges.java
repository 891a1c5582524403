package org.mentorship.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Gauges whose values come from this service's database (payments by state, mails failed, dead letters stored...).
 * A scrape never queries: each reading's query runs once per refresh ({@code mentorship.metrics.database-refresh-every},
 * 30 s by default, on every replica) and the gauges return what it last read. A scrape every 15 s by two Prometheus
 * servers would otherwise cost a query per gauge each time. Hand-written because Micrometer's gauges read their value
 * on every scrape, and its MultiGauge leaves the refreshing to the caller.
 * <p>
 * A series seen once stays: when a later read has no row for it, it reads 0 (nothing in that state now). When the
 * query fails, every series of the reading reads NaN (Prometheus shows no value) rather than a made-up number.
 */
@ApplicationScoped
public class DatabaseGauges {

    private static final Logger LOG = Logger.getLogger(DatabaseGauges.class);

    /** One query behind one or more gauges; it adds a sample per series it finds. */
    @FunctionalInterface
    public interface Query {
        void read(Connection connection, Samples samples) throws SQLException;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql} (with {@code parameters}) under a 5 s timeout and hands each row to {@code row}. */
    public static void eachRow(Connection connection, String sql, Row row, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(5);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        }
    }

    /** What one run of a query found: gauge name, tags, value. */
    public static final class Samples {
        private final Map<Series, Double> values = new ConcurrentHashMap<>();

        /** {@code tags} as key, value pairs, e.g. {@code add("mentorship.payments", 3, "state", "APPROVED")}. */
        public void add(String name, double value, String... tags) {
            values.put(new Series(name, Tags.of(tags)), value);
        }
    }

    private record Series(String name, Tags tags) {}

    /** The current value of one series; the gauge holds it strongly. */
    private static final class Value {
        volatile double current = Double.NaN;
    }

    private final class Reading {
        final String name;
        final Map<String, String> descriptions;
        final Query query;
        final Set<Series> seen = ConcurrentHashMap.newKeySet();
        volatile boolean failing;

        Reading(String name, Map<String, String> descriptions, Query query) {
            this.name = name;
            this.descriptions = Map.copyOf(descriptions);
            this.query = query;
        }

        void refresh(Connection connection) {
            Samples samples = new Samples();
            try {
                query.read(connection, samples);
            } catch (SQLException | RuntimeException e) {
                if (!failing) {
                    LOG.warnf(
                            "Cannot read the %s gauges, they read NaN until the database answers: %s",
                            name, e.getMessage());
                }
                failing = true;
                seen.forEach(series -> value(series).current = Double.NaN);
                return;
            }
            failing = false;
            Set<Series> absent = new HashSet<>(seen);
            samples.values.forEach((series, v) -> {
                String description = descriptions.get(series.name());
                if (description == null) {
                    throw new IllegalStateException(name + " reads a gauge it did not declare: " + series.name());
                }
                value(series, description).current = v;
                seen.add(series);
                absent.remove(series);
            });
            absent.forEach(series -> value(series).current = 0);
        }
    }

    private final DataSource dataSource;
    private final MeterRegistry registry;
    private final List<Reading> readings = new CopyOnWriteArrayList<>();
    private final Map<Series, Value> values = new ConcurrentHashMap<>();

    DatabaseGauges(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }

    /**
     * Adds a reading, read once now (so its gauges are there from the first scrape) and at every refresh.
     * {@code descriptions}: every gauge name the query may add, with its description.
     */
    public void register(String name, Map<String, String> descriptions, Query query) {
        Reading reading = new Reading(name, descriptions, query);
        readings.add(reading);
        withConnection(List.of(reading));
    }

    @Scheduled(
            identity = "mentorship-metrics-refresh",
            every = "${mentorship.metrics.database-refresh-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down
    void refresh() {
        withConnection(readings);
    }

    private void withConnection(List<Reading> toRead) {
        if (toRead.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            toRead.forEach(reading -> reading.refresh(connection));
        } catch (SQLException e) {
            LOG.debugf("No connection for the database gauges: %s", e.getMessage());
            toRead.forEach(reading -> reading.seen.forEach(series -> value(series).current = Double.NaN));
        }
    }

    private Value value(Series series) {
        return values.get(series);
    }

    private Value value(Series series, String description) {
        return values.computeIfAbsent(series, s -> {
            Value v = new Value();
            Gauge.builder(s.name(), v, held -> held.current)
                    .tags(s.tags())
                    .description(description)
                    .strongReference(true)
                    .register(registry);
            return v;
        });
    }
}
