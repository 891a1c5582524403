package org.mentorship.stipend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.events.EvaluationDue;
import org.mentorship.contracts.events.MentorshipExtended;
import org.mentorship.contracts.events.MentorshipStarted;
import org.mentorship.contracts.events.MentorshipTerminated;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

/** A fail or a termination cancels what is not paid yet; an extension moves what is expected. */
@QuarkusTest
class CancellationTest {

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void aFailedEvaluationCancelsEveryUnpaidInstallmentAndNothingIsScheduledAfter() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);

        fixture.publish(StipendFixture.fail(m.id(), 3, 3), UUID.randomUUID(), StipendFixture.EVALUATIONS);
        fixture.awaitStatuses(m.id(), "CANCELLED");
        fixture.passes(m.id(), 3, 3);
        UUID last = UUID.randomUUID();
        fixture.publish(StipendFixture.pass(m.id(), 3, 3), last, StipendFixture.EVALUATIONS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count("select count(*) from inbox_message where event_id = ?1", last) == 1);

        assertThat(fixture.payments(m.id()).getList("status", String.class)).containsExactly("CANCELLED");
        JsonPath agreement = fixture.agreement(m);
        assertThat(agreement.getString("status")).isEqualTo("ENDED");
        assertThat(agreement.getList("installments.status", String.class)).containsExactly("CANCELLED", "CANCELLED");
        List<Object> cancelled = db.column(
                "select payload::text from outbox_event where type = 'StipendCancelled' and aggregateid = ?1"
                        + " order by seq",
                m.id().toString());
        assertThat(cancelled).hasSize(2);
        cancelled.forEach(json -> EventSchemas.validate("StipendCancelled", (String) json));
        assertThat((String) cancelled.get(1)).contains("\"paymentId\": null");
    }

    @Test
    void aTerminationKeepsWhatWasPaid() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        String id = fixture.paymentId(m.id(), 1);
        PaymentFlowTest.approve(id).then().statusCode(200);
        StipendFixture.exportCsv();
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType("application/json")
                .body(Map.of("providerReference", "PSP-9"))
                .post("/api/v1/payments/" + id + "/paid")
                .then()
                .statusCode(200);

        fixture.publish(
                new MentorshipTerminated(m.id(), m.mentee(), "Left the program", Instant.now()),
                UUID.randomUUID(),
                StipendFixture.EVALUATIONS);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "ENDED".equals(fixture.agreement(m).getString("status")));
        assertThat(fixture.agreement(m).getList("installments.status", String.class))
                .containsExactly("PAID", "CANCELLED");
        assertThat(fixture.payments(m.id()).getList("status", String.class)).containsExactly("PAID");
    }

    @Test
    void anExtensionMovesTheExpectedDatesOfUnpaidInstallments() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        JsonPath before = fixture.agreement(m);
        assertThat(before.getString("installments[1].expectedOn")).isEqualTo("2026-05-29");

        fixture.publish(
                new MentorshipExtended(
                        m.id(),
                        2,
                        3,
                        3,
                        LocalDate.of(2026, 6, 19),
                        List.of(new EvaluationDue(3, Instant.parse("2026-06-19T12:00:00Z")))),
                UUID.randomUUID(),
                StipendFixture.EVALUATIONS);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "2026-06-19".equals(fixture.agreement(m).getString("installments[1].expectedOn")));
        assertThat(fixture.agreement(m).getString("installments[0].expectedOn"))
                .isEqualTo(before.getString("installments[0].expectedOn"));
        assertThat(fixture.agreement(m).getString("programEnd")).isEqualTo("2026-06-19");
    }

    @Test
    void theEvaluationScheduleSetsTheExpectedDates() {
        Mentorship m = fixture.eligible();

        fixture.publish(
                new MentorshipStarted(
                        m.id(),
                        m.mentee(),
                        m.projectId(),
                        List.of("mia"),
                        LocalDate.of(2026, 3, 2),
                        LocalDate.of(2026, 5, 29),
                        List.of(
                                new EvaluationDue(1, Instant.parse("2026-03-30T12:00:00Z")),
                                new EvaluationDue(2, Instant.parse("2026-04-27T12:00:00Z")),
                                new EvaluationDue(3, Instant.parse("2026-05-25T12:00:00Z")))),
                UUID.randomUUID(),
                StipendFixture.EVALUATIONS);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "2026-04-27".equals(fixture.agreement(m).getString("installments[0].expectedOn")));
        assertThat(fixture.agreement(m).getString("installments[1].expectedOn")).isEqualTo("2026-05-25");
    }
}
