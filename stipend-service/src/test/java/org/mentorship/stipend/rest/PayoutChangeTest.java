package org.mentorship.stipend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.stipend.support.Webhooks;
import org.mentorship.testsupport.TestSmtp;

/**
 * The account paid is the one approved: approval keeps the payout details, export uses them, and a change of the
 * payee's details sends approved money back for approval (or asks for a recall of exported money), in the ledger,
 * with a mail to the old and the new address.
 */
@QuarkusTest
class PayoutChangeTest {

    private static final String NEW_IBAN = "GB82WEST12345698765432";

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void aChangeAfterApprovalSendsThePaymentBackAndMailsTheOldAndTheNewAddress() throws Exception {
        Mentorship m = scheduled();
        String old = "old-" + m.mentee() + "@example.org";
        String changed = "new-" + m.mentee() + "@example.org";
        put(m, StipendFixture.IBAN, old).then().statusCode(200);
        String id = fixture.paymentId(m.id(), 1);
        StipendFixture.approve(id);
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .get("/api/v1/payments/" + id)
                .then()
                .body("payout.accountMasked", equalTo("******************3000"))
                .body("payout.payoutMethod", equalTo("BANK_TRANSFER"));

        put(m, NEW_IBAN, changed).then().statusCode(200).body("email", equalTo(changed));

        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .get("/api/v1/payments/" + id)
                .then()
                .body("status", equalTo("SCHEDULED"))
                .body("payout", equalTo(null))
                .body("approvedBy", equalTo(null));
        List<Map<String, Object>> ledger = fixture.ledger(m.id());
        assertThat(ledger).extracting(e -> e.get("to")).containsExactly("SCHEDULED", "APPROVED", "SCHEDULED");
        assertThat(ledger.get(2).get("actor")).isEqualTo("payee:" + m.mentee());
        assertThat(ledger.get(2).get("reason").toString())
                .contains("Payout details changed")
                .contains("5432")
                .contains("3000");
        for (String address : new String[] {old, changed}) {
            MimeMessage mail = awaitMail(address, "**5432");
            assertThat(mail.getSubject()).isEqualTo("Your stipend payout details were changed");
            assertThat(mail.getContent().toString())
                    .contains("Installment 1 (1500.00 EUR)")
                    .contains("waits for approval again")
                    .contains("before: ******************3000")
                    .doesNotContain(NEW_IBAN)
                    .doesNotContain(StipendFixture.IBAN);
        }

        // Approved again: the file pays the new account, the one this approval saw.
        StipendFixture.approve(id);
        String csv = StipendFixture.exportCsv();
        assertThat(csv).contains(id + ",").contains("," + NEW_IBAN + ",");
        assertThat(csv.lines().filter(l -> l.startsWith(id)).findFirst().orElseThrow())
                .doesNotContain(StipendFixture.IBAN);
    }

    @Test
    void exportUsesTheDetailsApprovedNotThePayeesCurrentOnes() throws Exception {
        Mentorship m = scheduled();
        String id = fixture.paymentId(m.id(), 1);
        StipendFixture.approve(id);
        String address = "only-the-address-" + m.mentee() + "@example.org";
        // Same account, holder, method and bank (a new notice address and country): the approval stands.
        Map<String, Object> body = new HashMap<>(Map.of(
                "payoutMethod",
                "BANK_TRANSFER",
                "accountHolder",
                "Ana Okafor",
                "account",
                StipendFixture.IBAN,
                "bankCode",
                "COBADEFFXXX",
                "country",
                "FR",
                "email",
                address));
        given().auth()
                .oauth2(m.token())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/payees/me")
                .then()
                .statusCode(200);
        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("APPROVED");

        String line = StipendFixture.exportCsv()
                .lines()
                .filter(l -> l.startsWith(id))
                .findFirst()
                .orElseThrow();
        assertThat(line)
                .contains("," + StipendFixture.IBAN + ",COBADEFFXXX,DE,")
                .doesNotContain(",FR,");
        awaitMail(address, "Notices now go to: " + address);
    }

    @Test
    void aChangeAfterExportRequestsARecallAndTheRecallClosedSendsItBackForApproval() {
        Mentorship m = scheduled();
        String id = fixture.paymentId(m.id(), 1);
        StipendFixture.approveAndExport(id);

        put(m, NEW_IBAN, null).then().statusCode(200);

        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("RECALL_REQUESTED");
        assertThat(fixture.ledger(m.id()).get(3).get("reason").toString()).contains("recall requested");
        Webhooks.send(Webhooks.failed(Webhooks.endToEnd(id, 1), "Recalled"))
                .then()
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("attempts", equalTo(2));
        StipendFixture.approve(id);
        assertThat(StipendFixture.exportCsv())
                .contains(Webhooks.endToEnd(id, 2))
                .contains(NEW_IBAN);
        assertThat(fixture.ledger(m.id()))
                .extracting(e -> e.get("to"))
                .containsExactly(
                        "SCHEDULED", "APPROVED", "EXPORTED", "RECALL_REQUESTED", "SCHEDULED", "APPROVED", "EXPORTED");
    }

    @Test
    void aRefusedChangeChangesNothingAndMailsNobody() {
        Mentorship m = scheduled();
        String address = "refused-" + m.mentee() + "@example.org";
        put(m, StipendFixture.IBAN, address).then().statusCode(200);
        String id = fixture.paymentId(m.id(), 1);
        StipendFixture.approve(id);
        String mailsTo = "select count(*) from mail_outbox where recipient in (?1, ?2)";
        long mails = db.count(mailsTo, address, "x-" + address);

        put(m, "DE89370400440532013001", "x-" + address).then().statusCode(422);
        put(m, NEW_IBAN, "not an address").then().statusCode(400);

        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("APPROVED");
        assertThat(fixture.ledger(m.id())).hasSize(2);
        assertThat(db.count(mailsTo, address, "x-" + address)).isEqualTo(mails);
    }

    private static MimeMessage awaitMail(String address, String containing) throws Exception {
        MimeMessage[] found = new MimeMessage[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (MimeMessage mail : TestSmtp.messagesTo(address)) {
                if (mail.getContent().toString().contains(containing)) {
                    found[0] = mail;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private Mentorship scheduled() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        return m;
    }

    private static io.restassured.response.Response put(Mentorship m, String iban, String email) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "payoutMethod",
                "BANK_TRANSFER",
                "accountHolder",
                "Ana Okafor",
                "account",
                iban,
                "bankCode",
                "COBADEFFXXX",
                "country",
                "DE"));
        if (email != null) {
            body.put("email", email);
        }
        return given().auth()
                .oauth2(m.token())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/payees/me");
    }
}
