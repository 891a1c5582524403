package org.mentorship.evaluation.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.CloudEventRecords;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.evaluation.support.Program;

/**
 * One trace from an HTTP call through its database statements, the outbox row, the relay's publish and the Kafka
 * header; and a consumer continuing the trace and the request id of an event it receives. Spans are exported to an
 * in-memory exporter (OpenTelemetry's SDK testing), the rest is real: PostgreSQL, Kafka, the relay, the inbox.
 */
@QuarkusTest
@TestProfile(TraceThroughEventsTest.Traced.class)
class TraceThroughEventsTest {

    /** Tracing on, exported only to the in-memory exporter below, quickly. */
    public static class Traced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.otel.sdk.disabled",
                    "false",
                    "quarkus.otel.exporter.otlp.enabled",
                    "false",
                    "quarkus.otel.bsp.schedule.delay",
                    "50ms");
        }
    }

    /** Quarkus exports to every SpanExporter bean. */
    @Singleton
    static class Exporter {
        @Produces
        @Singleton
        InMemorySpanExporter inMemorySpanExporter() {
            return InMemorySpanExporter.create();
        }
    }

    private final String mentor = Program.user("mia");

    @Test
    void anHttpCallItsStatementsTheOutboxRowAndTheKafkaHeaderShareOneTrace() {
        UUID mentorship = Program.started(Program.user("ana"), List.of(mentor), 25);
        String requestId = "trace-" + UUID.randomUUID();
        io.restassured.RestAssured.given()
                .header("X-Request-Id", requestId)
                .auth()
                .oauth2(org.mentorship.testsupport.Tokens.mentor(mentor))
                .contentType("application/json")
                .body(Program.submission("PASS", null))
                .post("/api/v1/mentorships/" + mentorship + "/evaluations/1")
                .then()
                .statusCode(201);

        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) Arc.container()
                .instance(jakarta.persistence.EntityManager.class)
                .get()
                .createNativeQuery("select traceparent, request_id from outbox_event where aggregateid = ?1 "
                        + "and type = 'EvaluationPassed'")
                .setParameter(1, mentorship.toString())
                .getSingleResult());
        String traceId = traceId((String) row[0]);
        assertThat(row[1]).isEqualTo(requestId);

        List<SpanData> trace =
                awaitSpans(traceId, spans -> spans.stream().anyMatch(s -> s.getKind() == SpanKind.PRODUCER));
        SpanData server = trace.stream()
                .filter(s -> s.getKind() == SpanKind.SERVER)
                .findFirst()
                .orElseThrow();
        assertThat(server.getName()).contains("/api/v1/mentorships/{id}/evaluations/{number}");
        assertThat(trace)
                .as("JDBC statements of the request")
                .anyMatch(s -> s.getKind() == SpanKind.CLIENT
                        && s.getAttributes().asMap().keySet().stream()
                                .anyMatch(k -> k.getKey().startsWith("db.")));
        SpanData publish = trace.stream()
                .filter(s -> s.getKind() == SpanKind.PRODUCER)
                .findFirst()
                .orElseThrow();
        assertThat(publish.getName()).contains("mentorship.evaluations.v1");

        ConsumerRecord<String, String> passed = Program.events(mentorship, 2).get(1);
        assertThat(traceId(header(passed, "traceparent"))).isEqualTo(traceId);
        assertThat(header(passed, "traceparent")).contains(publish.getSpanId());
        assertThat(header(passed, "x-request-id")).isEqualTo(requestId);
    }

    @Test
    void aConsumerContinuesTheTraceOfTheEventItHandles() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";
        LocalDate start = Program.today().minusDays(5);
        MenteeOnboarded event = Program.onboarded(Program.user("ana"), List.of(mentor), 3, start, start.plusDays(83));
        ProducerRecord<String, String> record = CloudEventRecords.of(event, Program.SOURCE);
        record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        record.headers().add("x-request-id", "upstream-request".getBytes(StandardCharsets.UTF_8));
        Program.kafka().send(record);
        Program.awaitMentorship(event.mentorshipId());

        List<SpanData> trace =
                awaitSpans(traceId, spans -> spans.stream().anyMatch(s -> s.getKind() == SpanKind.CONSUMER));
        SpanData handling = trace.stream()
                .filter(s -> s.getKind() == SpanKind.CONSUMER && s.getName().endsWith(" process"))
                .findFirst()
                .orElseThrow();
        assertThat(handling.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(trace)
                .as("the inbox's statements in the consumer's span")
                .anyMatch(s ->
                        s.getKind() == SpanKind.CLIENT && s.getParentSpanId().equals(handling.getSpanId()));
        // MentorshipStarted, written by that handling, is published in the same trace with the same request id.
        ConsumerRecord<String, String> started =
                Program.events(event.mentorshipId(), 1).get(0);
        assertThat(traceId(header(started, "traceparent"))).isEqualTo(traceId);
        assertThat(header(started, "x-request-id")).isEqualTo("upstream-request");
    }

    private static List<SpanData> awaitSpans(String traceId, java.util.function.Predicate<List<SpanData>> complete) {
        InMemorySpanExporter exporter =
                Arc.container().instance(InMemorySpanExporter.class).get();
        return await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> exporter.getFinishedSpanItems().stream()
                                .filter(s -> s.getTraceId().equals(traceId))
                                .toList(),
                        complete::test);
    }

    /** traceparent = version-traceid-spanid-flags */
    private static String traceId(String traceparent) {
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        return traceparent.split("-")[1];
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
