package org.mentorship.stipend.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.events.PersonErased;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

/** PersonErased: the person's name and addresses go, what accounting must keep stays; a second one changes nothing. */
@QuarkusTest
class PersonErasureTest {

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void aPaidMenteeIsPseudonymisedOnceAndTheAccountingStays() {
        Mentorship m = fixture.eligible();
        String address = m.mentee() + "@example.org";
        payeeWithEmail(m, address);
        // The change of the notice address is a payment notice: in the feed and by mail.
        assertThat(db.count("select count(*) from notice where person_id = ?1 and kind = 'payment'", m.mentee()))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from mail_outbox where recipient = ?1", address))
                .isEqualTo(1);
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        String payment = fixture.paymentId(m.id(), 1);
        StipendFixture.approveAndExport(payment);
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType(ContentType.JSON)
                .body(Map.of("providerReference", "PSP-ERASE-1"))
                .post("/api/v1/payments/" + payment + "/paid")
                .then()
                .statusCode(200);
        long ledger = ledger(m);

        String pseudonym = "person-" + UUID.randomUUID().toString().substring(0, 8);
        erase(m, pseudonym);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count(
                                "select count(*) from stipend_agreement where mentorship_id = ?1 and mentee_name = ?2",
                                m.id(),
                                pseudonym)
                        == 1);

        assertKeptForAccounting(m, pseudonym, ledger);
        assertThat(db.count("select count(*) from payee where mentee_id = ?1", m.mentee()))
                .isZero();
        assertThat(db.count("select count(*) from tax_form where mentee_id = ?1", m.mentee()))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from notice where person_id = ?1", m.mentee()))
                .isZero();
        assertThat(db.count("select count(*) from person_setting where person_id = ?1", m.mentee()))
                .isZero();
        assertThat(db.count("select count(*) from mail_outbox where recipient = ?1", address))
                .isZero();
        assertThat(db.count(
                        "select count(*) from stipend_agreement where mentorship_id = ?1 and mentee_email is null",
                        m.id()))
                .isEqualTo(1);

        // A second erasure (another request) finds nothing more to change.
        UUID again = erase(m, pseudonym);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count("select count(*) from inbox_message where event_id = ?1", again) == 1);
        assertKeptForAccounting(m, pseudonym, ledger);
    }

    @Test
    void anOpenPaymentKeepsTheAccountItGoesToButNotTheAddress() {
        Mentorship m = fixture.eligible();
        payeeWithEmail(m, m.mentee() + "@example.org");
        fixture.passes(m.id(), 2, 3);
        fixture.awaitStatuses(m.id(), "SCHEDULED");

        erase(m, "person-open");
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        db.count("select count(*) from payee where mentee_id = ?1 and email is null", m.mentee()) == 1);
        assertThat(db.count("select count(*) from payee where mentee_id = ?1 and account_encrypted <> ''", m.mentee()))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from payment where mentorship_id = ?1 and status = 'SCHEDULED'", m.id()))
                .isEqualTo(1);
    }

    private void assertKeptForAccounting(Mentorship m, String pseudonym, long ledger) {
        assertThat(db.count("""
                        select count(*) from payment where mentorship_id = ?1 and status = 'PAID' and amount_minor = 150000
                          and provider_reference = 'PSP-ERASE-1' and payout_account_masked is not null
                          and payout_account_encrypted is null and payout_account_holder = ?2""", m.id(), pseudonym)).isEqualTo(1);
        assertThat(ledger(m)).isEqualTo(ledger);
    }

    private long ledger(Mentorship m) {
        return db.count("select count(*) from payment_ledger where mentorship_id = ?1", m.id());
    }

    private UUID erase(Mentorship m, String pseudonym) {
        UUID eventId = UUID.randomUUID();
        fixture.publish(
                new PersonErased(UUID.randomUUID(), m.mentee(), pseudonym, Instant.now()),
                eventId,
                StipendFixture.APPLICATIONS);
        return eventId;
    }

    private static void payeeWithEmail(Mentorship m, String email) {
        given().auth()
                .oauth2(m.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "payoutMethod",
                        "BANK_TRANSFER",
                        "accountHolder",
                        "Ana Okafor",
                        "account",
                        StipendFixture.IBAN,
                        "bankCode",
                        "COBADEFFXXX",
                        "country",
                        "DE",
                        "email",
                        email))
                .put("/api/v1/payees/me")
                .then()
                .statusCode(200);
    }
}
