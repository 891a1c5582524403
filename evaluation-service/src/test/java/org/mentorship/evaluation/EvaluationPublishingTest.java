package org.mentorship.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.Topics;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;
import org.mentorship.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class EvaluationPublishingTest {

    private final KafkaTestClient kafka = new KafkaTestClient(TestKafka.get().bootstrapServers());

    @Test
    void aPassPublishesEvaluationPassedAsACloudEventKeyedByMentorship() {
        UUID mentorship = UUID.randomUUID();
        String evaluationId = submit(mentorship, 2, 3, "PASS").then().statusCode(201)
                .body("finalEvaluation", equalTo(false)).extract().path("id");

        List<ConsumerRecord<String, String>> records = kafka.readUntil(Topics.EVALUATIONS, Duration.ofSeconds(15),
                read -> read.stream().anyMatch(r -> mentorship.toString().equals(r.key())));
        ConsumerRecord<String, String> record = records.stream().filter(r -> mentorship.toString().equals(r.key()))
                .findFirst().orElseThrow();

        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("EvaluationPassed");
        assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/mentorship/evaluation-service");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(mentorship.toString());
        assertThat(UUID.fromString(header(record, CloudEventHeaders.ID))).isNotNull();
        EventSchemas.validate("EvaluationPassed", record.value());
        assertThat(header(record, CloudEventHeaders.DATA_SCHEMA)).isEqualTo("urn:mentorship:events:EvaluationPassed:1");
        EvaluationPassed data = EventJson.read(EvaluationPassed.class, record.value());
        assertThat(data.evaluationId()).hasToString(evaluationId);
        assertThat(data.number()).isEqualTo(2);
        assertThat(data.total()).isEqualTo(3);
        assertThat(data.finalEvaluation()).isFalse();
    }

    @Test
    void aFailPublishesEvaluationFailedAndNoPass() {
        UUID mentorship = UUID.randomUUID();
        submit(mentorship, 1, 3, "FAIL").then().statusCode(201);
        submit(mentorship, 2, 3, "PASS").then().statusCode(201);

        List<ConsumerRecord<String, String>> passes = kafka.readUntil(Topics.EVALUATIONS, Duration.ofSeconds(15),
                read -> read.stream().filter(r -> mentorship.toString().equals(r.key())).count() == 2)
                .stream()
                .filter(r -> mentorship.toString().equals(r.key()))
                .toList();
        assertThat(passes).extracting(r -> header(r, CloudEventHeaders.TYPE))
                .containsExactly("EvaluationFailed", "EvaluationPassed");
        EventSchemas.validate("EvaluationFailed", passes.get(0).value());
        assertThat(passes.subList(1, 2)).extracting(r -> EventJson.read(EvaluationPassed.class, r.value()).number())
                .containsExactly(2);
    }

    @Test
    void aSecondSubmissionOfTheSameEvaluationIsAConflict() {
        UUID mentorship = UUID.randomUUID();
        submit(mentorship, 1, 4, "PASS").then().statusCode(201);
        submit(mentorship, 1, 4, "PASS").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentorship.example.org/problems/evaluation-already-submitted"));
    }

    static io.restassured.response.Response submit(UUID mentorship, int number, int total, String outcome) {
        return given().auth().oauth2(Tokens.mentor("mia")).contentType(ContentType.JSON)
                .body("{\"mentorshipId\":\"" + mentorship + "\",\"number\":" + number + ",\"total\":" + total
                        + ",\"outcome\":\"" + outcome + "\"}")
                .post("/api/v1/evaluations");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
