package org.mentorship.stipend.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.events.PersonSettingsChanged;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

/** A mentee whose installment is earned before they gave payout details is reminded, once, in their zone. */
@QuarkusTest
class PayeeReminderTest {

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void aMenteeWithoutPayoutDetailsIsRemindedOnceByFeedAndMailInTheirZone() {
        Mentorship m = fixture.fresh();
        fixture.plan(m.projectId(), 300000, "EUR");
        fixture.publish(
                new PersonSettingsChanged(m.mentee(), "Europe/Berlin", Map.of(), Instant.now()),
                UUID.randomUUID(),
                StipendFixture.APPLICATIONS);
        fixture.onboard(m);
        fixture.awaitAgreement(m);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count("select count(*) from person_setting where person_id = ?1", m.mentee()) == 1);

        fixture.passes(m.id(), 2, 3);
        await().atMost(Duration.ofSeconds(20)).until(() -> reminders(m) == 1);
        // The same pass again (a redelivery under a new id, or a replay) reminds nobody twice.
        UUID again = UUID.randomUUID();
        fixture.publish(StipendFixture.pass(m.id(), 2, 3), again, StipendFixture.EVALUATIONS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count("select count(*) from inbox_message where event_id = ?1", again) == 1);

        assertThat(reminders(m)).isEqualTo(1);
        assertThat(db.count(
                        "select count(*) from notice where person_id = ?1 and kind = 'payee-details-reminder'",
                        m.mentee()))
                .isEqualTo(1);
        assertThat(db.column(
                        "select body from mail_outbox where recipient = 'ana@example.org' and subject like ?1",
                        "%" + "add your payout details%"))
                .anySatisfy(body ->
                        assertThat((String) body).contains("Europe/Berlin").contains(" UTC)"));
        given().auth()
                .oauth2(m.token())
                .get("/api/v1/me/notices")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("payee-details-reminder"))
                .body("items[0].channel", equalTo("email"));
        // Nothing was paid for want of details: the pass waits for them.
        assertThat(fixture.payments(m.id()).getList("items")).isEmpty();
    }

    @Test
    void aMenteeWithPayoutDetailsIsNotReminded() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        assertThat(reminders(m)).isZero();
        assertThat(db.count(
                        "select count(*) from notice where person_id = ?1 and kind = 'payee-details-reminder'",
                        m.mentee()))
                .isZero();
    }

    private long reminders(Mentorship m) {
        return db.count("select count(*) from payee_reminder where mentorship_id = ?1", m.id());
    }
}
