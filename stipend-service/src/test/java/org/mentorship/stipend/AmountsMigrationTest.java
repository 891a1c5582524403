package org.mentorship.stipend;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.mentorship.testsupport.TestPostgres;

/**
 * V4 on a database that already has agreements: each installment gets the amount its payment has, or else the one the
 * mentee was shown (from the payee's country then), fixed from now on; the payee's self-declared tax form is dropped.
 */
class AmountsMigrationTest {

    @Test
    void existingAgreementsGetTheirAmountsFixed() throws SQLException {
        String schema = "v4_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestPostgres pg = TestPostgres.get();
        migrate(pg, schema, "3");
        try (Connection c = pg.connect();
                Statement s = c.createStatement()) {
            s.execute("set search_path to " + schema);
            s.execute("""
                    insert into stipend_plan (id, project_id, revision, amount_minor, currency, floor_minor, cap_minor, created_by, created_at)
                    values ('00000000-0000-0000-0000-00000000000a', gen_random_uuid(), 1, 300001, 'EUR', null, null, 'fiona', now());
                    insert into stipend_plan_installment values ('00000000-0000-0000-0000-00000000000a', 1, 2, 50),
                                                                ('00000000-0000-0000-0000-00000000000a', 2, null, 50);
                    insert into stipend_plan_country values ('00000000-0000-0000-0000-00000000000a', 'IN', 40);
                    insert into payee values ('ana', 'BANK_TRANSFER', 'Ana', 'x', '****', null, 'IN', true, now(), 0);
                    """);
            for (String mentorship :
                    List.of("00000000-0000-0000-0000-0000000000b1", "00000000-0000-0000-0000-0000000000b2")) {
                s.execute("insert into stipend_agreement values ('" + mentorship
                        + "', '00000000-0000-0000-0000-00000000000a',"
                        + " gen_random_uuid(), gen_random_uuid(), 'Spring', 'Logging', '"
                        + (mentorship.endsWith("1") ? "ana" : "ben")
                        + "', 'Ana', 300001, 'EUR', 3, '2026-03-02', '2026-05-29', 'ACTIVE', null, now(), 0)");
                s.execute("insert into stipend_installment values (gen_random_uuid(), '" + mentorship
                        + "', 1, 2, 50, '2026-04-15', null, null)," + " (gen_random_uuid(), '" + mentorship
                        + "', 2, null, 50, '2026-05-29', null, null)");
            }
            // ana's first installment was already scheduled (at the amount of that day).
            s.execute(
                    "insert into payment (id, mentorship_id, installment, evaluation_id, status, scheduled_at, amount_minor, currency)"
                            + " values (gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1', 1, gen_random_uuid(), 'SCHEDULED', now(), 55555, 'EUR')");
        }

        migrate(pg, schema, null);

        try (Connection c = pg.connect();
                Statement s = c.createStatement()) {
            s.execute("set search_path to " + schema);
            // ana (payee in IN: 120000 split 60000/60000, the payment's 55555 kept); ben (no payee details:
            // 150000/150001).
            assertThat(rows(
                            s,
                            "select mentorship_id::text || ':' || number || ':' || amount_minor || ':' || currency"
                                    + " from stipend_installment order by mentorship_id, number"))
                    .containsExactly(
                            "00000000-0000-0000-0000-0000000000b1:1:55555:EUR",
                                    "00000000-0000-0000-0000-0000000000b1:2:60000:EUR",
                            "00000000-0000-0000-0000-0000000000b2:1:150000:EUR",
                                    "00000000-0000-0000-0000-0000000000b2:2:150001:EUR");
            assertThat(rows(s, "select coalesce(country, '-') from stipend_agreement order by mentorship_id"))
                    .containsExactly("IN", "-");
            assertThat(rows(s, "select count(*)::text from agreement_ledger")).containsExactly("2");
            assertThat(rows(
                            s,
                            "select count(*)::text from information_schema.columns where table_schema = '" + schema
                                    + "' and table_name = 'payee' and column_name = 'tax_form_received'"))
                    .containsExactly("0");
            assertThat(rows(s, "select count(*)::text from tax_form")).containsExactly("0");
        }
    }

    private static void migrate(TestPostgres pg, String schema, String target) {
        var config = Flyway.configure()
                .dataSource(pg.jdbcUrl(), pg.user(), pg.password())
                .schemas(schema)
                .locations("classpath:db/platform", "classpath:db/migration");
        if (target != null) {
            config = config.target(target);
        }
        config.load().migrate();
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
