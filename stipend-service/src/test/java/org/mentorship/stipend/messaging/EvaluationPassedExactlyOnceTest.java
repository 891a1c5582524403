package org.mentorship.stipend.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;
import org.mentorship.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** One payment per installment per mentorship, whatever Kafka redelivers, reorders or sends at once. */
@QuarkusTest
class EvaluationPassedExactlyOnceTest {

    private static final String FINANCE = Tokens.finance("fiona");
    private static final String SOURCE = "/mentorship/evaluation-service";
    private final KafkaTestClient kafka = new KafkaTestClient(TestKafka.get().bootstrapServers());

    @Test
    void secondEvaluationSchedulesTheFirstInstallment() {
        UUID mentorship = UUID.randomUUID();
        kafka.publish(pass(mentorship, 2, false), UUID.randomUUID(), SOURCE);

        awaitPayments(mentorship, 1).body("[0].installment", org.hamcrest.Matchers.equalTo(1))
                .body("[0].status", org.hamcrest.Matchers.equalTo("SCHEDULED"));
    }

    @Test
    void aRedeliveredEventHasNoSecondEffect() {
        UUID mentorship = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        EvaluationPassed passed = pass(mentorship, 2, false);
        kafka.publish(passed, eventId, SOURCE);
        kafka.publish(passed, eventId, SOURCE);
        kafka.publish(passed, eventId, SOURCE);
        // A later event of the same mentorship proves the redeliveries before it were all consumed.
        kafka.publish(pass(mentorship, 3, true), UUID.randomUUID(), SOURCE);

        awaitPayments(mentorship, 2);
        assertThat(installments(mentorship)).containsExactly(1, 2);
    }

    @Test
    void concurrentDistinctEventsForOneInstallmentMakeOnePayment() throws Exception {
        UUID mentorship = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        IntStream.range(0, 8).forEach(i -> pool.submit(
                () -> kafka.publish(pass(mentorship, 4, true), UUID.randomUUID(), SOURCE)));
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        kafka.publish(pass(mentorship, 2, false), UUID.randomUUID(), SOURCE);

        awaitPayments(mentorship, 2);
        assertThat(installments(mentorship)).containsExactly(1, 2);
    }

    @Test
    void aFirstEvaluationPaysNothing() {
        UUID mentorship = UUID.randomUUID();
        kafka.publish(pass(mentorship, 1, false), UUID.randomUUID(), SOURCE);
        kafka.publish(pass(mentorship, 2, false), UUID.randomUUID(), SOURCE);

        awaitPayments(mentorship, 1);
        assertThat(installments(mentorship)).containsExactly(1);
    }

    static EvaluationPassed pass(UUID mentorship, int number, boolean last) {
        return new EvaluationPassed(UUID.randomUUID(), mentorship, number, last ? number : 4, last, Instant.now());
    }

    static ValidatableResponse awaitPayments(UUID mentorship, int count) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(FINANCE).queryParam("mentorshipId", mentorship)
                .get("/api/v1/payments").then().statusCode(200).body("$", hasSize(count)));
        return given().auth().oauth2(FINANCE).queryParam("mentorshipId", mentorship).get("/api/v1/payments").then().body("$", hasSize(count));
    }

    private static List<Integer> installments(UUID mentorship) {
        return given().auth().oauth2(FINANCE).queryParam("mentorshipId", mentorship).get("/api/v1/payments").then().extract()
                .jsonPath().getList("installment", Integer.class);
    }
}
