package org.mentorship.application.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

/** Five simultaneous applications of one person to five projects of a term: the limit of 3 holds. */
@QuarkusTest
class ApplicationLimitConcurrencyTest {

    @Test
    void simultaneousApplicationsCannotExceedThePerTermLimit() throws Exception {
        UUID term = Scenario.openTerm();
        String user = Scenario.unique("zoe");
        Scenario.profile(user, "EMAIL");
        List<UUID> projects = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            projects.add(Scenario.project(term, 1, "mia"));
        }
        CyclicBarrier start = new CyclicBarrier(projects.size());
        ExecutorService pool = Executors.newFixedThreadPool(projects.size());
        List<Future<Integer>> codes = new ArrayList<>();
        for (UUID project : projects) {
            codes.add(pool.submit(() -> {
                var request = given().auth()
                        .oauth2(Tokens.mentee(user))
                        .contentType("application/json")
                        .body("{\"projectId\":\"" + project + "\"}");
                start.await(10, TimeUnit.SECONDS);
                return request.post("/api/v1/applications").statusCode();
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> code : codes) {
            answers.add(code.get());
        }
        assertThat(answers).containsExactlyInAnyOrder(201, 201, 201, 409, 409);
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications")
                .then()
                .body("total", equalTo(3));
    }
}
