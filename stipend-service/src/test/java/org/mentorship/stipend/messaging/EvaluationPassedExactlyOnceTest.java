package org.mentorship.stipend.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.Topics;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** One payment per installment per mentorship, whatever Kafka redelivers, reorders or sends at once. */
@QuarkusTest
class EvaluationPassedExactlyOnceTest {

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

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
        List<ConsumerRecord<String, String>> published = fixture.kafka.readUntil(Topics.STIPENDS, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> m.id().toString().equals(r.key())));
        ConsumerRecord<String, String> scheduled = published.stream().filter(r -> m.id().toString().equals(r.key())).findFirst()
                .orElseThrow();
        assertThat(new String(scheduled.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8))
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

        assertThat(fixture.awaitPayments(m.id(), 2).getList("installment", Integer.class)).containsExactly(1, 2);
        assertThat(fixture.ledger(m.id())).hasSize(2);
        assertThat(db.count("select count(*) from outbox_event where type = 'StipendPaymentScheduled' and aggregateid = ?1",
                m.id().toString())).isEqualTo(2);
    }

    @Test
    void concurrentDistinctEventsForOneInstallmentMakeOnePayment() throws Exception {
        Mentorship m = fixture.eligible();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        IntStream.range(0, 8).forEach(i -> pool.submit(() -> fixture.passes(m.id(), 3, 3)));
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        fixture.passes(m.id(), 2, 3);

        assertThat(fixture.awaitPayments(m.id(), 2).getList("installment", Integer.class)).containsExactly(1, 2);
        assertThat(db.count("select count(*) from payment_ledger where mentorship_id = ?1", m.id())).isEqualTo(2);
    }

    @Test
    void aFirstEvaluationPaysNothing() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 1, 3);
        fixture.passes(m.id(), 2, 3);

        assertThat(fixture.awaitPayments(m.id(), 1).getList("installment", Integer.class)).containsExactly(1);
    }
}
