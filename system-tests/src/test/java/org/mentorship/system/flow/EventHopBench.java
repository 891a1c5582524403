package org.mentorship.system.flow;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static final Path ROOT = Path.of(System.getProperty("mentorship.root", "..")).toAbsolutePath().normalize();

    @Test
    void eventHop() throws IOException {
        int hops = Integer.getInteger("bench.hops", 40);
        int warmUp = Integer.getInteger("bench.hop-warmup", 10);
        LocalSystem system = LocalSystem.builder().repositoryRoot(ROOT).fromEnvironment(System.getenv()).build();
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
        String result = String.format(java.util.Locale.ROOT, "%d %.1f %.1f %.1f%n", hops, percentile(millis, 0.5),
                percentile(millis, 0.99), millis[hops - 1]);
        System.out.print("event hop (hops p50 p99 max ms): " + result);
        String out = System.getProperty("bench.result");
        if (out != null) {
            Files.writeString(Path.of(out), result);
        }
    }

    private static boolean paymentVisible(String stipend, String token, UUID mentorship) {
        return !given().baseUri(stipend).auth().oauth2(token).queryParam("mentorshipId", mentorship)
                .get("/api/v1/payments").then().statusCode(200).extract().jsonPath().getList("installment").isEmpty();
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
