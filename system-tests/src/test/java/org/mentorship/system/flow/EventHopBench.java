package org.mentorship.system.flow;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.mentorship.launcher.LocalSystem;

/**
 * bench/run's event hop, not a test of {@code ./mvnw verify} (no IT or Test in its name, so neither Surefire nor
 * Failsafe picks it): run by {@code bench/run} with -Dit.test=EventHopBench against the system {@code ./mentorship up}
 * runs. The hop is what a mentee waits for between the mentor's evaluation and her payment: from the 201 of
 * "evaluation 2 passed" (its EvaluationPassed committed in evaluation-service's outbox) until stipend-service shows
 * the payment it earns, through the outbox relay, Kafka, stipend-service's inbox and its transaction. One hop at a
 * time, as Kafka's own EndToEndLatency (its ceiling in bench/run) sends one message at a time.
 */
class EventHopBench {

    private static final Path ROOT = Path.of(System.getProperty("mentorship.root", ".."))
            .toAbsolutePath()
            .normalize();

    @Test
    void eventHop() throws IOException {
        int hops = Integer.getInteger("bench.hops", 40);
        int warmUp = Integer.getInteger("bench.hop-warmup", 10);
        LocalSystem system = LocalSystem.builder()
                .repositoryRoot(ROOT)
                .fromEnvironment(System.getenv())
                .build();
        Mentorships mentorships = new Mentorships(system);
        List<UUID> prepared = new ArrayList<>();
        for (int i = 0; i < warmUp + hops; i++) {
            UUID mentorship = mentorships.eligible(3);
            mentorships.pass(mentorship, 1);
            prepared.add(mentorship);
        }
        String finance = system.token("fiona", "finance");
        String stipend = system.serviceUrl("stipend");
        double[] millis = new double[hops];
        for (int i = 0; i < prepared.size(); i++) {
            UUID mentorship = prepared.get(i);
            mentorships.pass(mentorship, 2);
            long passed = System.nanoTime();
            while (!paymentVisible(stipend, finance, mentorship)) {
                LockSupport.parkNanos(500_000);
                if (System.nanoTime() - passed > 60_000_000_000L) {
                    throw new AssertionError("no payment for mentorship " + mentorship + " after 60 s");
                }
            }
            if (i >= warmUp) {
                millis[i - warmUp] = (System.nanoTime() - passed) / 1e6;
            }
        }
        Arrays.sort(millis);
        String result = String.format(
                java.util.Locale.ROOT,
                "%d %.1f %.1f %.1f%n",
                hops,
                percentile(millis, 0.5),
                percentile(millis, 0.99),
                millis[hops - 1]);
        System.out.print("event hop (hops p50 p99 max ms): " + result);
        String parts = breakdown(system, prepared.subList(warmUp, prepared.size()));
        System.out.print(parts);
        String out = System.getProperty("bench.result");
        if (out != null) {
            Files.writeString(Path.of(out), result);
            Files.writeString(Path.of(out + ".breakdown"), parts);
        }
    }

    /**
     * Where a hop's time goes, from the databases' own clocks (one machine, one clock): evaluation-service's
     * transaction start to its outbox row acknowledged by Kafka (sent_at), and that to stipend-service's transaction
     * taking the event (its inbox row); the rest is stipend-service's transaction and the poll that sees the payment.
     */
    private static String breakdown(LocalSystem system, List<UUID> mentorships) {
        String ids = mentorships.stream().map(m -> "'" + m + "'").collect(java.util.stream.Collectors.joining(","));
        double[] relayed = new double[mentorships.size()];
        double[] consumed = new double[mentorships.size()];
        int n = 0;
        try (Connection evaluation = connect(system, "evaluation");
                Connection stipend = connect(system, "stipend")) {
            ResultSet rows = evaluation
                    .createStatement()
                    .executeQuery("select id, recorded_at, sent_at from outbox_event"
                            + " where type = 'EvaluationPassed' and payload->>'number' = '2' and aggregateid in (" + ids
                            + ")");
            while (rows.next()) {
                ResultSet inbox = stipend.createStatement()
                        .executeQuery(
                                "select received_at from inbox_message where event_id = '" + rows.getString(1) + "'");
                if (inbox.next()) {
                    long recorded = rows.getTimestamp(2).toInstant().toEpochMilli();
                    relayed[n] = rows.getTimestamp(3).toInstant().toEpochMilli() - recorded;
                    consumed[n] = inbox.getTimestamp(1).toInstant().toEpochMilli() - recorded;
                    n++;
                }
            }
        } catch (SQLException e) {
            return "event hop breakdown: not read (" + e.getMessage() + ")\n";
        }
        relayed = Arrays.copyOf(relayed, n);
        consumed = Arrays.copyOf(consumed, n);
        Arrays.sort(relayed);
        Arrays.sort(consumed);
        return n == 0
                ? "event hop breakdown: no rows\n"
                : String.format(
                        java.util.Locale.ROOT,
                        "event hop breakdown (ms from evaluation-service's transaction start, p50/p99): outbox row acknowledged"
                                + " by Kafka %.0f/%.0f, stipend-service's transaction takes the event %.0f/%.0f%n",
                        percentile(relayed, 0.5),
                        percentile(relayed, 0.99),
                        percentile(consumed, 0.5),
                        percentile(consumed, 0.99));
    }

    private static Connection connect(LocalSystem system, String database) throws SQLException {
        return DriverManager.getConnection(
                system.jdbcUrl(database), LocalSystem.DATABASE_USER, LocalSystem.DATABASE_PASSWORD);
    }

    private static boolean paymentVisible(String stipend, String token, UUID mentorship) {
        return !given().baseUri(stipend)
                .auth()
                .oauth2(token)
                .queryParam("mentorshipId", mentorship)
                .get("/api/v1/payments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("installment")
                .isEmpty();
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
