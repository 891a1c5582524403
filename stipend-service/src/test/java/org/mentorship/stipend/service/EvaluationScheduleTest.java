package org.mentorship.stipend.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.events.EvaluationDue;
import org.mentorship.contracts.events.MentorshipExtended;
import org.mentorship.contracts.events.MentorshipStarted;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

/**
 * Installments are expected when evaluation-service's schedule (MentorshipStarted) says their evaluation is due, not
 * on a date of this service's making; MenteeOnboarded and MentorshipStarted come on two topics, in either order.
 */
@QuarkusTest
class EvaluationScheduleTest {

    /** What evaluation-service's Schedule gives a 2026-03-02..2026-05-29 term of three evaluations. */
    private static final List<EvaluationDue> SCHEDULE = List.of(
            new EvaluationDue(1, Instant.parse("2026-04-01T00:00:00Z")),
            new EvaluationDue(2, Instant.parse("2026-04-30T00:00:00Z")),
            new EvaluationDue(3, Instant.parse("2026-05-30T00:00:00Z")));

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void onboardedFirstTheProgramEndIsProvisionalUntilTheScheduleArrives() {
        Mentorship m = fixture.fresh();
        fixture.plan(m.projectId(), 300000, "EUR");
        fixture.onboard(m);
        assertThat(fixture.awaitAgreement(m).getList("installments.expectedOn", String.class))
                .containsExactly("2026-05-29", "2026-05-29");

        fixture.publish(started(m), UUID.randomUUID(), StipendFixture.EVALUATIONS);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "2026-04-30".equals(fixture.agreement(m).getString("installments[0].expectedOn")));
        assertThat(fixture.agreement(m).getString("installments[1].expectedOn")).isEqualTo("2026-05-30");
        assertThat(history(m)).last().asString().contains("installment 1 expected on 2026-04-30");
    }

    @Test
    void scheduleFirstItWaitsForTheAgreementAndSetsItsDatesWhenItIsMade() {
        Mentorship m = fixture.fresh();
        fixture.plan(m.projectId(), 300000, "EUR");
        fixture.publish(started(m), UUID.randomUUID(), StipendFixture.EVALUATIONS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count(
                                "select count(*) from pending_event where mentorship_id = ?1 and waiting_for = ?2",
                                m.id(),
                                "AGREEMENT")
                        == 1);

        fixture.onboard(m);

        // Applied in the transaction that made the agreement: no provisional date is ever shown.
        assertThat(fixture.awaitAgreement(m).getList("installments.expectedOn", String.class))
                .containsExactly("2026-04-30", "2026-05-30");
        assertThat(db.count("select count(*) from pending_event where mentorship_id = ?1", m.id()))
                .isZero();
    }

    @Test
    void aRedeliveredScheduleDoesNotUndoAnExtension() {
        Mentorship m = fixture.eligible();
        UUID startedId = UUID.randomUUID();
        fixture.publish(started(m), startedId, StipendFixture.EVALUATIONS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "2026-04-30".equals(fixture.agreement(m).getString("installments[0].expectedOn")));
        fixture.publish(
                new MentorshipExtended(
                        m.id(),
                        1,
                        2,
                        2,
                        LocalDate.of(2026, 6, 12),
                        List.of(
                                new EvaluationDue(2, Instant.parse("2026-05-14T00:00:00Z")),
                                new EvaluationDue(3, Instant.parse("2026-06-13T00:00:00Z")))),
                UUID.randomUUID(),
                StipendFixture.EVALUATIONS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "2026-05-14".equals(fixture.agreement(m).getString("installments[0].expectedOn")));

        fixture.publish(started(m), startedId, StipendFixture.EVALUATIONS);
        // The next event of the same mentorship on the same topic: once it shows, the redelivery was consumed.
        fixture.publish(
                new MentorshipExtended(
                        m.id(),
                        2,
                        1,
                        3,
                        LocalDate.of(2026, 6, 19),
                        List.of(new EvaluationDue(3, Instant.parse("2026-06-20T00:00:00Z")))),
                UUID.randomUUID(),
                StipendFixture.EVALUATIONS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "2026-06-20".equals(fixture.agreement(m).getString("installments[1].expectedOn")));

        assertThat(fixture.agreement(m).getString("installments[0].expectedOn")).isEqualTo("2026-05-14");
        assertThat(fixture.agreement(m).getString("programEnd")).isEqualTo("2026-06-19");
        assertThat(history(m))
                .filteredOn(r -> r.startsWith("Evaluation schedule"))
                .hasSize(1);
    }

    private static MentorshipStarted started(Mentorship m) {
        return new MentorshipStarted(
                m.id(),
                m.mentee(),
                m.projectId(),
                List.of("mia"),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 5, 29),
                SCHEDULE);
    }

    private static List<String> history(Mentorship m) {
        return given().auth()
                .oauth2(StipendFixture.FINANCE)
                .get("/api/v1/stipends/" + m.id() + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("reason", String.class);
    }
}
