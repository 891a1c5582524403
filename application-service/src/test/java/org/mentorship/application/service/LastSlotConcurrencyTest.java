package org.mentorship.application.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

/**
 * Two coordinators accept different applicants for a project's last slot at the same moment: the project row
 * lock lets exactly one through; the other gets no-free-slot and changes nothing.
 */
@QuarkusTest
class LastSlotConcurrencyTest {

    @RepeatedTest(5)
    void exactlyOneOfTwoSimultaneousAcceptancesForTheLastSlotSucceeds() throws Exception {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String first = Scenario.unique("ada");
        String second = Scenario.unique("bea");
        UUID a = Scenario.applicant(first, project);
        UUID b = Scenario.applicant(second, project);
        Scenario.completePrerequisites(first, "mia", a);
        Scenario.completePrerequisites(second, "mia", b);

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Response>> answers = new ArrayList<>();
        answers.add(pool.submit(() -> accept(Tokens.coordinator("cora"), a, start)));
        answers.add(pool.submit(() -> accept(Tokens.coordinator("carl"), b, start)));
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<Integer> codes = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            codes.add(response.statusCode());
            if (response.statusCode() == 409) {
                assertThat(response.jsonPath().getString("type"))
                        .isEqualTo("https://mentorship.example.org/problems/no-free-slot");
            }
        }
        assertThat(codes).containsExactlyInAnyOrder(200, 409);
        given().auth()
                .oauth2(Scenario.COORDINATOR)
                .queryParam("projectId", project)
                .queryParam("status", "ACCEPTED")
                .get("/api/v1/applications")
                .then()
                .body("total", equalTo(1));
        given().auth()
                .oauth2(Scenario.COORDINATOR)
                .queryParam("projectId", project)
                .queryParam("status", "SUBMITTED")
                .get("/api/v1/applications")
                .then()
                .body("total", equalTo(1));
    }

    private static Response accept(String token, UUID application, CyclicBarrier start) throws Exception {
        var request = given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("outcome", "ACCEPT", "overrideReason", "concurrency test"));
        start.await(10, TimeUnit.SECONDS);
        return request.post("/api/v1/applications/" + application + "/decision");
    }
}
