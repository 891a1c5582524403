package org.mentorship.stipend.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.CloudEventRecords;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.Topics;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.Tokens;

/**
 * Dead letters ops can act on: a record the consumer refused is listed (consumer, ce_id, type, reason, headers,
 * payload) and counted; a valid event that was dead-lettered (as the old classification did with a pool timeout) is
 * replayed through the consumer's inbox with its original ce_id and applied once; replaying again, or another dead
 * letter of an event the inbox already applied, applies nothing.
 */
@QuarkusTest
class DeadLetterReplayTest {

    private static final String OPS = Tokens.of("olga", "ops");
    private static final String CONSUMER = EvaluationEventsConsumer.CONSUMER;

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void aRefusedRecordIsListedCountedAndRefusedAgainOnReplay() {
        String key = "poison-" + UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        fixture.kafka.send(CloudEventRecords.of(
                eventId, "EvaluationPassed", StipendFixture.EVALUATIONS, Instant.now(), key, "{\"this is\": not json"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count("select count(*) from dead_letter where ce_id = ?1", eventId.toString()) == 1);
        JsonPath listed = given().auth()
                .oauth2(OPS)
                .queryParam("consumer", CONSUMER)
                .queryParam("replayed", false)
                .queryParam("size", 100)
                .get("/api/v1/dead-letters")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> letter = listed.getMap("items.find { it.eventId == '" + eventId + "' }");
        assertThat(letter)
                .containsEntry("consumer", CONSUMER)
                .containsEntry("eventType", "EvaluationPassed")
                .containsEntry("subject", key)
                .containsEntry("payload", "{\"this is\": not json");
        assertThat((String) letter.get("reason")).contains("MalformedEventException");
        assertThat(listed.getString("items.find { it.eventId == '" + eventId + "' }.headers.ce_id"))
                .isEqualTo(eventId.toString());
        assertThat(given().get("/q/metrics").asString())
                // Tags in Prometheus' order: consumer, reason (the kind of refusal), type.
                .containsPattern("mentorship_dead_letters_total\\{consumer=\"" + CONSUMER
                        + "\",reason=\"[^\"]+\",type=\"EvaluationPassed\",?\\} [1-9]");

        given().auth()
                .oauth2(OPS)
                .post("/api/v1/dead-letters/" + letter.get("id") + "/replay")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentorship.example.org/problems/replay-refused"));
        assertThat(db.count(
                        "select count(*) from dead_letter where ce_id = ?1 and replayed_at is null",
                        eventId.toString()))
                .isEqualTo(1);
    }

    @Test
    void aValidDeadLetterIsReplayedOnceWithItsOriginalEventId() {
        Mentorship m = fixture.eligible();
        UUID eventId = UUID.randomUUID();
        ProducerRecord<String, String> record = CloudEventRecords.of(
                eventId,
                "EvaluationPassed",
                StipendFixture.EVALUATIONS,
                Instant.now(),
                m.id().toString(),
                EventJson.write(StipendFixture.pass(m.id(), 2, 3)));
        UUID first = deadLetter(record, 1_000_001L);
        UUID second = deadLetter(record, 1_000_002L); // the same event parked twice (redelivered before its commit)

        JsonPath replayed = given().auth()
                .oauth2(OPS)
                .post("/api/v1/dead-letters/" + first + "/replay")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(replayed.getString("replayOutcome")).isEqualTo("APPLIED");
        assertThat(replayed.getString("replayedBy")).isEqualTo("olga");
        assertThat(replayed.getString("replayedAt")).isNotNull();
        fixture.awaitPayments(m.id(), 1);

        given().auth()
                .oauth2(Tokens.coordinator("cora"))
                .post("/api/v1/dead-letters/" + first + "/replay")
                .then()
                .statusCode(200)
                .body("replayedBy", equalTo("olga"));
        given().auth()
                .oauth2(OPS)
                .post("/api/v1/dead-letters/" + second + "/replay")
                .then()
                .statusCode(200)
                .body("replayOutcome", equalTo("ALREADY_APPLIED"));
        given().auth()
                .oauth2(OPS)
                .post("/api/v1/dead-letters/" + UUID.randomUUID() + "/replay")
                .then()
                .statusCode(404);

        assertThat(db.count("select count(*) from payment where mentorship_id = ?1", m.id()))
                .isEqualTo(1);
        assertThat(db.count(
                        "select count(*) from inbox_message where consumer = ?1 and event_id = ?2", CONSUMER, eventId))
                .isEqualTo(1);
    }

    private static String json(Map<String, String> headers) {
        try {
            return EventJson.mapper().writeValueAsString(headers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A dead letter as the consumer would have recorded it, at an offset of the consumer's topic. */
    private UUID deadLetter(ProducerRecord<String, String> record, long offset) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        UUID id = UUID.randomUUID();
        db.update(
                """
                insert into dead_letter (id, consumer, ce_id, ce_type, ce_subject, topic, kafka_partition, kafka_offset,
                    record_key, reason, dead_lettered_at, headers, payload)
                values (?1, ?2, ?3, 'EvaluationPassed', ?4, ?5, 0, ?6, ?4, 'SQLException: Sorry, acquisition timeout!', now(),
                    cast(?7 as jsonb), ?8)""",
                id,
                CONSUMER,
                headers.get("ce_id"),
                record.key(),
                Topics.EVALUATIONS,
                offset,
                json(headers),
                record.value());
        return id;
    }
}
