package org.mentorship.system.flow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.Topics;
import org.mentorship.launcher.Components;
import org.mentorship.testsupport.KafkaTestClient;

import io.restassured.http.ContentType;

/**
 * The first flow across services, as separate processes behind the gateway: a passing evaluation posted to
 * evaluation-service yields exactly one stipend payment in stipend-service, through a real Kafka broker.
 */
class FirstFlowIT {

    private static RunningSystem running;

    @BeforeAll
    static void start() throws Exception {
        running = new RunningSystem();
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void aPassingEvaluationThroughTheGatewayYieldsExactlyOnePayment() {
        UUID mentorship = UUID.randomUUID();
        submit(mentorship, 2, 3, "PASS");
        awaitInstallments(mentorship, List.of(1));

        submit(mentorship, 3, 3, "PASS");
        awaitInstallments(mentorship, List.of(1, 2));
    }

    @Test
    void aRelayThatDiesBeforeMarkingARowSentCausesNoSecondPayment() throws Exception {
        UUID mentorship = UUID.randomUUID();
        submit(mentorship, 2, 4, "PASS");
        awaitInstallments(mentorship, List.of(1));

        // The state a crash between "sent" and "marked sent" leaves behind: the row is unsent again.
        assertThat(running.update("evaluation",
                "update outbox_event set sent_at = null where aggregateid = '" + mentorship + "'")).isEqualTo(1);
        KafkaTestClient kafka = new KafkaTestClient(running.system.kafkaBootstrap());
        List<ConsumerRecord<String, String>> records = kafka.readUntil(Topics.EVALUATIONS, Duration.ofSeconds(30),
                read -> read.stream().filter(r -> mentorship.toString().equals(r.key())).count() >= 2);
        List<String> ids = records.stream().filter(r -> mentorship.toString().equals(r.key()))
                .map(r -> new String(r.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8))
                .toList();
        assertThat(ids).hasSize(2).containsOnly(ids.get(0));

        // An event queued behind the duplicate on the same partition proves the duplicate was consumed.
        submit(mentorship, 1, 4, "PASS");
        await().atMost(Duration.ofSeconds(30)).until(() -> running.count("evaluation",
                "select count(*) from outbox_event where aggregateid = '" + mentorship + "' and sent_at is not null") == 2);
        String lastEvent = running.text("evaluation", "select id::text from outbox_event where aggregateid = '"
                + mentorship + "' and payload->>'number' = '1'");
        await().atMost(Duration.ofSeconds(30)).until(() -> running.count("stipend",
                "select count(*) from inbox_message where event_id = '" + lastEvent + "'") == 1);
        assertThat(installments(mentorship)).containsExactly(1);
    }

    @Test
    void aKafkaOutageDelaysThePaymentButLosesNothing() {
        UUID mentorship = UUID.randomUUID();
        var kafkaOnly = running.only(Components.KAFKA);
        kafkaOnly.stop();
        try {
            // The evaluation still commits: its event waits in the outbox.
            submit(mentorship, 2, 3, "PASS");
            assertThat(installments(mentorship)).isEmpty();
        } finally {
            kafkaOnly.start();
        }
        awaitInstallments(mentorship, List.of(1));
    }

    private void submit(UUID mentorship, int number, int total, String outcome) {
        given().baseUri(running.system.gatewayUrl()).auth().oauth2(running.system.token("mia", "mentor")).contentType(ContentType.JSON)
                .body("{\"mentorshipId\":\"" + mentorship + "\",\"number\":" + number + ",\"total\":" + total
                        + ",\"outcome\":\"" + outcome + "\"}")
                .post("/api/v1/evaluations")
                .then().statusCode(201).body("number", equalTo(number));
    }

    private void awaitInstallments(UUID mentorship, List<Integer> expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(installments(mentorship)).isEqualTo(expected));
    }

    private List<Integer> installments(UUID mentorship) {
        return given().baseUri(running.system.gatewayUrl()).auth().oauth2(running.system.token("fiona", "finance")).queryParam("mentorshipId", mentorship)
                .get("/api/v1/payments").then().statusCode(200).extract().jsonPath().getList("installment", Integer.class);
    }
}
