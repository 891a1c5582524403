package org.mentorship.stipend.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.RecordBatch;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.CloudEventRecords;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.Topics;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.Concurrently;

/** One payment per installment per mentorship, whatever Kafka redelivers, reorders or sends at once. */
@QuarkusTest
class EvaluationPassedExactlyOnceTest {

    private static final int THREADS = 8;
    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Inject
    EvaluationEventsConsumer consumer;

    @Test
    void secondEvaluationSchedulesTheFirstInstallmentAtHalfThePlan() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);

        JsonPath payments = fixture.awaitPayments(m.id(), 1);
        assertThat(payments.getInt("[0].installment")).isEqualTo(1);
        assertThat(payments.getString("[0].status")).isEqualTo("SCHEDULED");
        assertThat(payments.getLong("[0].amountMinor")).isEqualTo(150000);
        assertThat(payments.getString("[0].currency")).isEqualTo("EUR");
        // The relay publishes what the outbox holds; it matches the contract.
        List<ConsumerRecord<String, String>> published = fixture.kafka.readUntil(
                Topics.STIPENDS,
                Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> m.id().toString().equals(r.key())));
        ConsumerRecord<String, String> scheduled = published.stream()
                .filter(r -> m.id().toString().equals(r.key()))
                .findFirst()
                .orElseThrow();
        assertThat(new String(
                        scheduled.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo("StipendPaymentScheduled");
        EventSchemas.validate("StipendPaymentScheduled", scheduled.value());
    }

    @Test
    void aRedeliveredEventHasNoSecondEffect() {
        Mentorship m = fixture.eligible();
        UUID eventId = UUID.randomUUID();
        EvaluationPassed passed = StipendFixture.pass(m.id(), 2, 3);
        fixture.publish(passed, eventId, StipendFixture.EVALUATIONS);
        fixture.publish(passed, eventId, StipendFixture.EVALUATIONS);
        fixture.publish(passed, eventId, StipendFixture.EVALUATIONS);
        // A later event of the same mentorship (same key, same partition) proves the redeliveries were consumed.
        fixture.passes(m.id(), 3, 3);

        assertThat(fixture.awaitPayments(m.id(), 2).getList("installment", Integer.class))
                .containsExactly(1, 2);
        assertThat(fixture.ledger(m.id())).hasSize(2);
        assertThat(db.count(
                        "select count(*) from outbox_event where type = 'StipendPaymentScheduled' and aggregateid = ?1",
                        m.id().toString()))
                .isEqualTo(2);
    }

    /**
     * Distinct events earning the same installment, applied at the same instant on N threads (as N consumer threads or
     * replicas would): one payment, one ledger entry, one event. Checked once that it fails: without the mentorship
     * lock, the unique key payment_once and the stipend_evaluation upsert before scheduling (its primary key also
     * makes a concurrent pass of the same evaluation wait) the 8 deliveries made 8 payments; the lock and unique key
     * alone removed still gave one.
     */
    @Test
    void concurrentDistinctEventsForOneInstallmentMakeOnePayment() {
        Mentorship m = fixture.eligible();
        List<Callable<Boolean>> deliveries = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            ConsumerRecord<String, String> record = record(StipendFixture.pass(m.id(), 3, 3));
            ids.add(UUID.fromString(
                    new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8)));
            deliveries.add(() -> {
                consumer.consume(record);
                return true;
            });
        }

        Concurrently.run(Duration.ofSeconds(60), deliveries);

        // Every delivery was applied (each is a distinct event, none a duplicate the inbox dropped)...
        for (UUID id : ids) {
            assertThat(db.count("select count(*) from inbox_message where event_id = ?1", id))
                    .isEqualTo(1);
        }
        // ...and they made one payment between them.
        assertThat(fixture.payments(m.id()).getList("installment", Integer.class))
                .containsExactly(2);
        assertThat(db.count("select count(*) from payment where mentorship_id = ?1", m.id()))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from payment_ledger where mentorship_id = ?1", m.id()))
                .isEqualTo(1);
        assertThat(db.count(
                        "select count(*) from outbox_event where type = 'StipendPaymentScheduled' and aggregateid = ?1",
                        m.id().toString()))
                .isEqualTo(1);
    }

    /** The record as the consumer receives it from Kafka: CloudEvents headers, a new event id each. */
    private static ConsumerRecord<String, String> record(EvaluationPassed event) {
        ProducerRecord<String, String> sent = CloudEventRecords.of(event, StipendFixture.EVALUATIONS);
        return new ConsumerRecord<>(
                sent.topic(),
                0,
                0L,
                RecordBatch.NO_TIMESTAMP,
                TimestampType.CREATE_TIME,
                -1,
                -1,
                sent.key(),
                sent.value(),
                sent.headers(),
                Optional.empty());
    }

    @Test
    void aFirstEvaluationPaysNothing() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 1, 3);
        fixture.passes(m.id(), 2, 3);

        assertThat(fixture.awaitPayments(m.id(), 1).getList("installment", Integer.class))
                .containsExactly(1);
    }
}
