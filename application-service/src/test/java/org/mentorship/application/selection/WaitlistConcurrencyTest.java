package org.mentorship.application.selection;

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
 * Two accepted applicants of a project decline at the same moment with one applicant waitlisted: the project row lock
 * queues the offers, so both withdrawals succeed and the waitlisted one is accepted once, into one of the slots.
 */
@QuarkusTest
class WaitlistConcurrencyTest {

    @RepeatedTest(3)
    void twoSimultaneousDeclinesOfferTheOneWaitlistedApplicantOneSlot() throws Exception {
        UUID project = Scenario.project(Scenario.openTerm(), 2, "mia");
        String ana = Scenario.unique("ana");
        String ben = Scenario.unique("ben");
        String cid = Scenario.unique("cid");
        UUID a = ready(ana, project);
        UUID b = ready(ben, project);
        UUID c = ready(cid, project);
        Scenario.acceptEarly(a).then().statusCode(200);
        Scenario.acceptEarly(b).then().statusCode(200);
        Scenario.decide(c, Map.of("outcome", "WAITLIST", "overrideReason", "test: decide early"))
                .then()
                .statusCode(200);

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Response>> answers = new ArrayList<>();
        answers.add(pool.submit(() -> withdraw(ana, a, start)));
        answers.add(pool.submit(() -> withdraw(ben, b, start)));
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<Response> answer : answers) {
            assertThat(answer.get().statusCode()).isEqualTo(200);
        }

        assertThat(Scenario.status(c)).isEqualTo("ACCEPTED");
        List<String> to = given().auth()
                .oauth2(Scenario.COORDINATOR)
                .get("/api/v1/applications/" + c + "/history")
                .then()
                .extract()
                .jsonPath()
                .getList("to", String.class);
        assertThat(to).containsExactly("SUBMITTED", "WAITLISTED", "ACCEPTED");
        given().auth()
                .oauth2(Scenario.COORDINATOR)
                .queryParam("projectId", project)
                .queryParam("status", "ACCEPTED")
                .get("/api/v1/applications")
                .then()
                .body("total", equalTo(1));
    }

    private static UUID ready(String user, UUID project) {
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        return application;
    }

    private static Response withdraw(String user, UUID application, CyclicBarrier start) throws Exception {
        var request = given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType("application/json")
                .body(Map.of("reason", "took a job"));
        start.await(10, TimeUnit.SECONDS);
        return request.post("/api/v1/applications/" + application + "/withdraw");
    }
}
