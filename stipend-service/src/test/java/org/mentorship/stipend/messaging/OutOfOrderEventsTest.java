package org.mentorship.stipend.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

/** An event that comes before what it depends on is parked, not lost, and applied once that arrives. */
@QuarkusTest
class OutOfOrderEventsTest {

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void aPassBeforeTheAgreementIsAppliedWhenTheMenteeIsOnboarded() {
        Mentorship m = fixture.fresh();
        fixture.passes(m.id(), 2, 3);
        awaitParked(m.id(), "AGREEMENT");
        fixture.plan(m.projectId(), 300000, "EUR");
        fixture.payee(m, "DE");
        assertThat(fixture.payments(m.id()).getList("$")).isEmpty();

        fixture.onboard(m);

        assertThat(fixture.awaitPayments(m.id(), 1).getInt("[0].installment")).isEqualTo(1);
        assertThat(parked(m.id())).isZero();
    }

    @Test
    void aPassBeforeThePayeeDetailsIsAppliedWhenTheyAreGiven() {
        Mentorship m = fixture.fresh();
        fixture.plan(m.projectId(), 300000, "EUR");
        fixture.onboard(m);
        fixture.awaitAgreement(m);
        fixture.passes(m.id(), 2, 3);
        awaitParked(m.id(), "PAYEE");
        assertThat(fixture.payments(m.id()).getList("$")).isEmpty();
        long total = given().auth()
                .oauth2(StipendFixture.FINANCE)
                .queryParam("size", 1)
                .get("/api/v1/stipends/parked-events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
        assertThat(given().auth()
                        .oauth2(StipendFixture.COORDINATOR)
                        .queryParam("size", 100)
                        .queryParam("page", Math.max(0, (total - 1) / 100))
                        .get("/api/v1/stipends/parked-events")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.findAll { it.mentorshipId == '" + m.id() + "' }.waitingFor", String.class))
                .containsExactly("PAYEE");
        given().auth()
                .oauth2(m.token())
                .get("/api/v1/stipends/parked-events")
                .then()
                .statusCode(403);

        fixture.payee(m, "DE");

        // Applied in the same transaction as the details: no waiting.
        assertThat(fixture.payments(m.id()).getList("installment", Integer.class))
                .containsExactly(1);
        assertThat(parked(m.id())).isZero();
    }

    @Test
    void anOnboardingBeforeThePlanWaitsForFinance() {
        Mentorship m = fixture.fresh();
        fixture.onboard(m);
        awaitParked(m.id(), "PLAN");
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .get("/api/v1/stipends/" + m.id())
                .then()
                .statusCode(404);

        fixture.plan(m.projectId(), 123457, "EUR");

        assertThat(fixture.agreement(m).getLong("amountMinor")).isEqualTo(123457);
        assertThat(parked(m.id())).isZero();
    }

    @Test
    void aRedeliveredOnboardingMakesOneAgreementWithTheAmountFixedAtThatMoment() {
        Mentorship m = fixture.fresh();
        fixture.plan(m.projectId(), 300000, "EUR");
        UUID eventId = UUID.randomUUID();
        fixture.publish(StipendFixture.onboarded(m, 3), eventId, StipendFixture.APPLICATIONS);
        fixture.awaitAgreement(m);
        fixture.plan(m.projectId(), 999999, "EUR");
        fixture.publish(StipendFixture.onboarded(m, 3), eventId, StipendFixture.APPLICATIONS);
        UUID last = UUID.randomUUID();
        fixture.publish(StipendFixture.onboarded(m, 3), last, StipendFixture.APPLICATIONS);
        // The last one queues behind the redelivery (same key, same partition): once it is in, both were handled.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count("select count(*) from inbox_message where event_id = ?1", last) == 1);

        assertThat(db.count("select count(*) from stipend_agreement where mentorship_id = ?1", m.id()))
                .isEqualTo(1);
        assertThat(fixture.agreement(m).getLong("amountMinor")).isEqualTo(300000);
    }

    private void awaitParked(UUID mentorship, String waitingFor) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count(
                                "select count(*) from pending_event where mentorship_id = ?1 and waiting_for = ?2",
                                mentorship,
                                waitingFor)
                        == 1);
    }

    private long parked(UUID mentorship) {
        return db.count("select count(*) from pending_event where mentorship_id = ?1", mentorship);
    }

    @Test
    void aParkedEventRedeliveredStaysParkedOnceAndPaysOnce() {
        Mentorship m = fixture.fresh();
        fixture.plan(m.projectId(), 300000, "EUR");
        fixture.onboard(m);
        fixture.awaitAgreement(m);
        UUID eventId = UUID.randomUUID();
        fixture.publish(StipendFixture.pass(m.id(), 2, 3), eventId, StipendFixture.EVALUATIONS);
        fixture.publish(StipendFixture.pass(m.id(), 2, 3), eventId, StipendFixture.EVALUATIONS);
        UUID last = UUID.randomUUID();
        fixture.publish(StipendFixture.pass(m.id(), 1, 3), last, StipendFixture.EVALUATIONS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count("select count(*) from inbox_message where event_id = ?1", last) == 1);
        assertThat(parked(m.id())).isEqualTo(1);

        fixture.payee(m, "DE");

        assertThat(fixture.payments(m.id()).getList("installment", Integer.class))
                .containsExactly(1);
    }

    @Test
    void aParkedEventWhoseDependencyAppearedUnnoticedIsSweptIn() {
        Mentorship m = fixture.eligible();
        // The state a race leaves behind: parked for payee details that were in fact saved meanwhile.
        db.update(
                "insert into pending_event (event_id, event_type, mentorship_id, waiting_for, payload, parked_at)"
                        + " values (?1, 'EvaluationPassed', ?2, 'PAYEE', ?3, now())",
                UUID.randomUUID(),
                m.id(),
                org.mentorship.contracts.EventJson.write(StipendFixture.pass(m.id(), 2, 3)));

        assertThat(fixture.awaitPayments(m.id(), 1).getInt("[0].installment")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> parked(m.id()) == 0);
    }
}
