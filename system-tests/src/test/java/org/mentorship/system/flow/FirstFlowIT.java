package org.mentorship.system.flow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.Topics;
import org.mentorship.launcher.Components;
import org.mentorship.testsupport.KafkaTestClient;

/**
 * The first flow across services, as separate processes behind the gateway: a passing evaluation submitted to
 * evaluation-service yields exactly one stipend payment in stipend-service, through a real Kafka broker.
 * <p>
 * On the {@link SharedSystem}: every mentorship here is new (random ids), and each check is on that mentorship's
 * payments, its outbox rows or its trace. Before the stories ({@code @Order}): its mentorships are dated by the real
 * clock, which the stories move the program clock away from. Its Kafka outage ends with Kafka started again; the next
 * class's {@link SharedSystem#acquire()} waits until every component is healthy again.
 */
@Order(3)
class FirstFlowIT {

    private static OtlpReceiver traces;
    private static RunningSystem running;
    private static Mentorships mentorships;

    @BeforeAll
    static void start() throws Exception {
        running = SharedSystem.acquire();
        traces = SharedSystem.traces();
        mentorships = new Mentorships(running);
    }

    /**
     * One trace from the client's request at the gateway, through evaluation-service (its handler and statements), the
     * outbox relay and Kafka, to stipend-service's consumer, as the processes export it over OTLP. The client starts
     * the trace (its own traceparent), so the test knows the id to look for.
     */
    @Test
    void anEvaluationThroughTheGatewayIsOneTraceDownToTheStipendConsumer() {
        UUID mentorship = mentorships.eligible(3);
        mentorships.pass(mentorship, 1);
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String clientSpan = "00f067aa0ba902b7";
        long submitted = System.nanoTime();
        mentorships.pass(mentorship, 2, java.util.Map.of("traceparent", "00-" + traceId + "-" + clientSpan + "-01"));
        awaitInstallments(mentorship, List.of(1));

        List<OtlpReceiver.ReceivedSpan> trace = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> traces.spans(traceId),
                        spans -> spans.stream()
                                .anyMatch(s -> s.service().equals("stipend-service")
                                        && s.kind()
                                                == io.opentelemetry.proto.trace.v1.Span.SpanKind.SPAN_KIND_CONSUMER));
        System.out.printf(
                "Trace %s: %d spans within %d ms of the request (%d spans received in all): %s%n",
                traceId,
                trace.size(),
                (System.nanoTime() - submitted) / 1_000_000,
                traces.received(),
                trace.stream()
                        .map(s -> s.service() + " " + s.kind().name().substring(10) + " " + s.name())
                        .sorted()
                        .toList());
        assertThat(trace)
                .anyMatch(s -> s.service().equals("gateway")
                        && s.parentSpanId().equals(clientSpan)
                        && s.kind() == io.opentelemetry.proto.trace.v1.Span.SpanKind.SPAN_KIND_SERVER);
        assertThat(trace)
                .anyMatch(s -> s.service().equals("evaluation-service")
                        && s.kind() == io.opentelemetry.proto.trace.v1.Span.SpanKind.SPAN_KIND_SERVER);
        assertThat(trace)
                .anyMatch(s -> s.service().equals("evaluation-service")
                        && s.kind() == io.opentelemetry.proto.trace.v1.Span.SpanKind.SPAN_KIND_PRODUCER
                        && s.name().contains("mentorship.evaluations.v1"));
        assertThat(trace)
                .anyMatch(s -> s.service().equals("stipend-service")
                        && s.kind() == io.opentelemetry.proto.trace.v1.Span.SpanKind.SPAN_KIND_CONSUMER
                        && s.name().endsWith(" process"));
    }

    @Test
    void aPassingEvaluationThroughTheGatewayYieldsExactlyOnePayment() {
        UUID mentorship = mentorships.eligible(3);
        mentorships.pass(mentorship, 1);
        mentorships.pass(mentorship, 2);
        awaitInstallments(mentorship, List.of(1));

        mentorships.pass(mentorship, 3);
        awaitInstallments(mentorship, List.of(1, 2));
    }

    @Test
    void aRelayThatDiesBeforeMarkingARowSentCausesNoSecondPayment() throws Exception {
        UUID mentorship = mentorships.eligible(4);
        mentorships.pass(mentorship, 1);
        mentorships.pass(mentorship, 2);
        awaitInstallments(mentorship, List.of(1));

        // The state a crash between "sent" and "marked sent" leaves behind: the row is unsent again.
        String passTwo =
                "aggregateid = '" + mentorship + "' and type = 'EvaluationPassed' and payload->>'number' = '2'";
        assertThat(running.update("evaluation", "update outbox_event set sent_at = null where " + passTwo))
                .isEqualTo(1);
        String eventId = running.text("evaluation", "select id::text from outbox_event where " + passTwo);
        KafkaTestClient kafka = new KafkaTestClient(running.system.kafkaBootstrap());
        List<ConsumerRecord<String, String>> copies = kafka
                .readUntil(
                        Topics.EVALUATIONS,
                        Duration.ofSeconds(30),
                        read -> read.stream()
                                        .filter(r -> eventId.equals(header(r, CloudEventHeaders.ID)))
                                        .count()
                                >= 2)
                .stream()
                .filter(r -> eventId.equals(header(r, CloudEventHeaders.ID)))
                .toList();
        assertThat(copies).hasSize(2);

        // An event queued behind the duplicate on the same partition proves the duplicate was consumed.
        mentorships.pass(mentorship, 3);
        String passThree = running.text(
                "evaluation",
                "select id::text from outbox_event where aggregateid = '" + mentorship
                        + "' and type = 'EvaluationPassed' and payload->>'number' = '3'");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> running.count(
                                "stipend", "select count(*) from inbox_message where event_id = '" + passThree + "'")
                        == 1);
        assertThat(installments(mentorship)).containsExactly(1);
    }

    @Test
    void aKafkaOutageDelaysThePaymentButLosesNothing() {
        UUID mentorship = mentorships.eligible(3);
        var kafkaOnly = running.only(Components.KAFKA);
        kafkaOnly.stop();
        try {
            // The evaluations still commit: their events wait in the outbox.
            mentorships.pass(mentorship, 1);
            mentorships.pass(mentorship, 2);
            assertThat(installments(mentorship)).isEmpty();
        } finally {
            kafkaOnly.start();
        }
        awaitInstallments(mentorship, List.of(1));
    }

    private void awaitInstallments(UUID mentorship, List<Integer> expected) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(installments(mentorship)).isEqualTo(expected));
    }

    private List<Integer> installments(UUID mentorship) {
        return given().baseUri(running.system.gatewayUrl())
                .auth()
                .oauth2(running.system.token("fiona", "finance"))
                .queryParam("mentorshipId", mentorship)
                .get("/api/v1/payments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("installment", Integer.class);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
