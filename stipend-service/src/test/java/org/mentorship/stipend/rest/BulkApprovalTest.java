package org.mentorship.stipend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.Tokens;

/**
 * POST /api/v1/payments/approvals: each payment through the single approval's path, in a transaction of its own; per
 * payment what happened; refused payments unchanged, and no refusal undoes another payment's approval.
 */
@QuarkusTest
class BulkApprovalTest {

    private static final String PROBLEMS = "https://mentorship.example.org/problems/";
    private final StipendFixture fixture = new StipendFixture();

    @Test
    void aMixedBatchAnswersPerPaymentAndChangesOnlyWhatItApproved() {
        Mentorship own = scheduled(300000, true);
        Mentorship first = scheduled(300000, true);
        Mentorship approvedBefore = scheduled(300000, true);
        Mentorship noTaxForm = scheduled(300000, false);
        Mentorship last = scheduled(300000, true);
        StipendFixture.approve(id(approvedBefore));
        UUID unknown = UUID.randomUUID();
        int ownLedger = fixture.ledger(own.id()).size();
        int approvedLedger = fixture.ledger(approvedBefore.id()).size();
        // The caller is finance and the payee of `own`: her own payment is refused, the others are not hers.
        String self = Tokens.of(own.mentee(), "finance", "mentee");

        JsonPath answer = approveAll(
                        self,
                        Map.of(
                                "paymentIds",
                                List.of(id(own), id(first), id(approvedBefore), unknown, id(noTaxForm), id(last)),
                                "note",
                                "April installments"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getList("items.paymentId"))
                .containsExactly(id(own), id(first), id(approvedBefore), unknown.toString(), id(noTaxForm), id(last));
        assertThat(answer.getList("items.result"))
                .containsExactly("REFUSED", "APPROVED", "REFUSED", "NOT_FOUND", "REFUSED", "APPROVED");
        List<String> problems = IntStream.range(0, 6)
                .mapToObj(i -> answer.getString("items[" + i + "].problem.type"))
                .toList();
        assertThat(problems)
                .containsExactly(
                        PROBLEMS + "self-dealing",
                        null,
                        PROBLEMS + "payment-not-scheduled",
                        PROBLEMS + "not-found",
                        PROBLEMS + "tax-form-missing",
                        null);
        assertThat(IntStream.range(0, 6).mapToObj(i -> answer.getString("items[" + i + "].status")))
                .containsExactly(null, "APPROVED", null, null, null, "APPROVED");
        assertThat(List.of(answer.getInt("approved"), answer.getInt("refused"), answer.getInt("notFound")))
                .containsExactly(2, 3, 1);

        // Approved: each through the single path (approver, ledger reason with the note and the tax form).
        for (Mentorship m : List.of(first, last)) {
            assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("APPROVED");
            assertThat(fixture.payments(m.id()).getString("[0].approvedBy")).isEqualTo(own.mentee());
            assertThat(fixture.ledger(m.id()).get(1).get("reason").toString()).startsWith("April installments; ");
        }
        // Refused: unchanged.
        assertThat(fixture.payments(own.id()).getString("[0].status")).isEqualTo("SCHEDULED");
        assertThat(fixture.payments(own.id()).getString("[0].approvedBy")).isNull();
        assertThat(fixture.ledger(own.id())).hasSize(ownLedger);
        assertThat(fixture.payments(approvedBefore.id()).getString("[0].approvedBy"))
                .isEqualTo("fiona");
        assertThat(fixture.ledger(approvedBefore.id())).hasSize(approvedLedger);
        assertThat(fixture.payments(noTaxForm.id()).getString("[0].status")).isEqualTo("SCHEDULED");
    }

    @Test
    void anUnknownPaymentIsAnsweredAsTheSingleApprovalAnswersIt() {
        UUID unknown = UUID.randomUUID();
        JsonPath single = given().auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payments/" + unknown + "/approve")
                .then()
                .statusCode(404)
                .extract()
                .jsonPath();

        JsonPath item = approveAll(StipendFixture.FINANCE, Map.of("paymentIds", List.of(unknown)))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("items[0]");

        assertThat(item.getString("result")).isEqualTo("NOT_FOUND");
        assertThat(item.getString("problem.type")).isEqualTo(single.getString("type"));
        assertThat(item.getString("problem.detail")).isEqualTo(single.getString("detail"));
        assertThat(item.getInt("problem.status")).isEqualTo(404);
    }

    @Test
    void aLargePaymentGetsAFirstApprovalAndNeverASecondFromTheSameApprover() {
        Mentorship m = scheduled(2000000, true);

        approveAll(StipendFixture.FINANCE, Map.of("paymentIds", List.of(id(m))))
                .then()
                .statusCode(200)
                .body("items[0].result", equalTo("FIRST_APPROVAL"))
                .body("items[0].status", equalTo("SCHEDULED"))
                .body("firstApprovals", equalTo(1));
        int ledger = fixture.ledger(m.id()).size();

        approveAll(StipendFixture.FINANCE, Map.of("paymentIds", List.of(id(m))))
                .then()
                .statusCode(200)
                .body("items[0].result", equalTo("REFUSED"))
                .body("items[0].problem.type", equalTo(PROBLEMS + "second-approver-required"));

        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("SCHEDULED");
        assertThat(fixture.ledger(m.id())).hasSize(ledger);
        approveAll(Tokens.finance("felix"), Map.of("paymentIds", List.of(id(m))))
                .then()
                .statusCode(200)
                .body("items[0].result", equalTo("APPROVED"));
    }

    @Test
    void anInvalidBatchIs422AndApprovesNothing() {
        Mentorship m = scheduled(300000, true);
        String id = id(m);
        List<Object> tooMany = IntStream.range(0, 501)
                .mapToObj(i -> (Object) UUID.randomUUID())
                .toList();

        for (Object body : List.of(
                Map.of("paymentIds", List.of(id, id)),
                Map.of("paymentIds", List.of()),
                Map.of("paymentIds", tooMany),
                Map.of("note", "no ids"))) {
            approveAll(StipendFixture.FINANCE, body)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "approval-batch-invalid"));
        }

        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("SCHEDULED");
        assertThat(fixture.ledger(m.id())).hasSize(1);
    }

    @Test
    void onlyFinanceApprovesInBulk() {
        Mentorship m = scheduled(300000, true);

        approveAll(StipendFixture.COORDINATOR, Map.of("paymentIds", List.of(id(m))))
                .then()
                .statusCode(403);

        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("SCHEDULED");
        assertThat(fixture.ledger(m.id())).hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswerAndApprovesNothingMore() {
        Mentorship m = scheduled(300000, true);
        Map<String, Object> batch = Map.of("paymentIds", List.of(id(m)));
        String key = "bulk-" + UUID.randomUUID();

        String first = approveAll(StipendFixture.FINANCE, batch, key)
                .then()
                .statusCode(200)
                .body("items[0].result", equalTo("APPROVED"))
                .extract()
                .asString();
        int ledger = fixture.ledger(m.id()).size();

        String again = approveAll(StipendFixture.FINANCE, batch, key)
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .extract()
                .asString();

        assertThat(again).isEqualTo(first);
        assertThat(fixture.ledger(m.id())).hasSize(ledger);
        // Without the key the batch runs again: the approved payment is refused as the single approval refuses it.
        approveAll(StipendFixture.FINANCE, batch)
                .then()
                .statusCode(200)
                .body("items[0].problem.type", equalTo(PROBLEMS + "payment-not-scheduled"));
        assertThat(fixture.ledger(m.id())).hasSize(ledger);
    }

    private String id(Mentorship m) {
        return fixture.paymentId(m.id(), 1);
    }

    /** One mentorship with its first installment's payment SCHEDULED (the tax form confirmed, or not). */
    private Mentorship scheduled(long amountMinor, boolean taxForm) {
        Mentorship m = fixture.fresh();
        fixture.plan(m.projectId(), amountMinor, "EUR");
        fixture.onboard(m);
        fixture.awaitAgreement(m);
        fixture.payee(m, "DE");
        if (taxForm) {
            fixture.confirmTaxForm(m);
        }
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        return m;
    }

    private static Response approveAll(String token, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/payments/approvals");
    }

    private static Response approveAll(String token, Object body, String key) {
        return given().auth()
                .oauth2(token)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/payments/approvals");
    }
}
