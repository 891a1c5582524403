package org.mentorship.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mentorship.testsupport.TestPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Gauges read from the database cost one query per refresh, whatever the number of scrapes, against the test
 * PostgreSQL: a state that empties reads 0, a database that cannot be read reads NaN.
 */
class DatabaseGaugesTest {

    private static final TestPostgres PG = TestPostgres.get();

    @Test
    void scrapesReadTheLastRefreshAndNeverQuery() throws SQLException {
        String table = "gauge_probe_" + Long.toHexString(System.nanoTime());
        execute(
                "create table " + table + " (state text not null)",
                "insert into " + table + " values ('PENDING'), ('PENDING'), ('FAILED')");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(PG.jdbcUrl());
        dataSource.setUser(PG.user());
        dataSource.setPassword(PG.password());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        DatabaseGauges gauges = new DatabaseGauges(dataSource, registry);
        AtomicInteger queries = new AtomicInteger();

        gauges.register("probe", Map.of("mentorship.probe", "Probe rows by state"), (connection, samples) -> {
            queries.incrementAndGet();
            DatabaseGauges.eachRow(
                    connection,
                    "select state, count(*) from " + table + " group by state",
                    row -> samples.add("mentorship.probe", row.getLong(2), "state", row.getString(1)));
        });
        for (int i = 0; i < 5; i++) {
            assertThat(registry.scrape())
                    .contains("mentorship_probe{state=\"PENDING\",} 2.0")
                    .contains("mentorship_probe{state=\"FAILED\",} 1.0");
        }
        assertThat(queries)
                .as("registering reads once, five scrapes read nothing")
                .hasValue(1);

        execute("delete from " + table + " where state = 'FAILED'");
        gauges.refresh();
        assertThat(queries).hasValue(2);
        assertThat(registry.scrape())
                .as("an emptied state reads 0, its series stays")
                .contains("mentorship_probe{state=\"FAILED\",} 0.0")
                .contains("mentorship_probe{state=\"PENDING\",} 2.0");

        execute("drop table " + table);
        gauges.refresh();
        assertThat(registry.scrape())
                .as("no made-up numbers when the query fails")
                .contains("mentorship_probe{state=\"PENDING\",} NaN")
                .contains("mentorship_probe{state=\"FAILED\",} NaN");
    }

    private static void execute(String... sql) throws SQLException {
        try (Connection c = PG.connect();
                Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }
}
