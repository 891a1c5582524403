package org.mentorship.application.perf;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

/**
 * Times uncontended applications, one client, in this JVM (-Dapply.probe=true; add a JFR recording with
 * -DargLine=-XX:StartFlightRecording=...). Not a test of behaviour: a probe of where one application's time goes.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "apply.probe", matches = "true")
class ApplyProbeTest {

    @TestHTTPResource("/api/v1/applications")
    URL applications;

    @Test
    void timesUncontendedApplications() throws Exception {
        int users = Integer.getInteger("apply.probe.users", 600);
        UUID term = Scenario.openTerm();
        List<UUID> projects = List.of(
                Scenario.project(term, 1, "mia"), Scenario.project(term, 1, "mia"), Scenario.project(term, 1, "mia"));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String user = Scenario.unique("probe");
            Scenario.profile(user, "EMAIL");
            tokens.add(Tokens.mentee(user));
        }
        HttpClient client = HttpClient.newHttpClient();
        for (int round = 0; round < projects.size(); round++) {
            long[] nanos = new long[users];
            for (int i = 0; i < users; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(applications.toString()))
                        .header("Authorization", "Bearer " + tokens.get(i))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"projectId\":\"" + projects.get(round) + "\",\"motivation\":\"I want to learn\"}"))
                        .build();
                long start = System.nanoTime();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                nanos[i] = System.nanoTime() - start;
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "apply probe round %d: %d applications, mean %.2f ms, p50 %.2f ms, p99 %.2f ms%n",
                    round,
                    users,
                    Arrays.stream(nanos).average().orElse(0) / 1e6,
                    nanos[users / 2] / 1e6,
                    nanos[users * 99 / 100] / 1e6);
        }
    }
}
