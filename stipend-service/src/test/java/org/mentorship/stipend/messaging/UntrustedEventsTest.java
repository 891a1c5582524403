package org.mentorship.stipend.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.CloudEventRecords;
import org.mentorship.contracts.DomainEvent;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.Topics;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

/**
 * The consumer trusts an event only from its topic's owner and only of a type the topic carries (contracts'
 * TopicOwner, checked by the platform inbox before any handler): a forged EvaluationPassed schedules no payment, a
 * MenteeOnboarded slipped onto the evaluation topic creates no agreement; both go to the dead-letter topic and the
 * next valid event is applied.
 */
@QuarkusTest
class UntrustedEventsTest {

    private static final String DEAD_LETTERS = Topics.deadLetter("stipend-service");

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void eventsNotFromTheTopicsOwnerOrOfATypeItDoesNotCarryAreDeadLetteredWithoutEffect() {
        Mentorship m = fixture.eligible();
        String key = m.id().toString();
        // Would schedule installment 1 if believed: the right type on the right topic, under another service's name.
        UUID forged = UUID.randomUUID();
        fixture.kafka.send(record(
                forged, StipendFixture.pass(m.id(), 2, 3), StipendFixture.APPLICATIONS, Topics.EVALUATIONS, key));
        // Would start an agreement for another mentorship if believed: evaluation-service's name, but a type of the
        // applications topic. Same key, so it queues on the same partition.
        Mentorship other = fixture.fresh();
        fixture.plan(other.projectId(), 300000, "EUR");
        UUID misplaced = UUID.randomUUID();
        fixture.kafka.send(record(
                misplaced, StipendFixture.onboarded(other, 3), StipendFixture.EVALUATIONS, Topics.EVALUATIONS, key));
        // The real third evaluation: installment 2 only.
        fixture.passes(m.id(), 3, 3);

        assertThat(fixture.awaitPayments(m.id(), 1).getList("installment", Integer.class))
                .containsExactly(2);
        assertThat(db.count(
                        "select count(*) from dead_letter where ce_id = ?1 and reason like '%not from its owner%'",
                        forged.toString()))
                .isEqualTo(1);
        assertThat(db.count(
                        "select count(*) from dead_letter where ce_id = ?1 and reason like '%does not carry%'",
                        misplaced.toString()))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from inbox_message where event_id in (?1, ?2)", forged, misplaced))
                .isZero();
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .get("/api/v1/stipends/" + other.id())
                .then()
                .statusCode(404);

        List<ConsumerRecord<String, String>> parked = fixture
                .kafka
                .readUntil(
                        DEAD_LETTERS,
                        Duration.ofSeconds(15),
                        read -> read.stream().filter(r -> key.equals(r.key())).count() >= 2)
                .stream()
                .filter(r -> key.equals(r.key()))
                .toList();
        assertThat(parked).extracting(r -> header(r, "ce_id")).containsExactly(forged.toString(), misplaced.toString());
    }

    private static ProducerRecord<String, String> record(
            UUID id, DomainEvent event, String source, String topic, String key) {
        ProducerRecord<String, String> envelope =
                CloudEventRecords.of(id, event.type(), source, Instant.now(), key, EventJson.write(event));
        return new ProducerRecord<>(topic, null, key, envelope.value(), envelope.headers());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
