package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The money rules as a mentee, finance and the payout provider meet them through the gateway: the payee cannot
 * confirm her own tax form or raise her stipend by moving country, finance cannot approve a payment to themselves,
 * a payment in a bank file is recalled rather than cancelled, and a report for an earlier export attempt never
 * touches the retry. Every refusal is checked to have changed nothing.
 */
final class MoneyRuleChecks {

    private final StorySystem sys;
    private final Actors actors;
    private final StipendSteps stipends;

    MoneyRuleChecks(StorySystem sys, Actors actors, StipendSteps stipends) {
        this.sys = sys;
        this.actors = actors;
        this.stipends = stipends;
    }

    /** A tax-form field in the mentee's payee body is refused (400 unknown-field); her details stay as they were. */
    void payeeCannotConfirmHerOwnTaxForm(String mentee) {
        String before = sys.as(actors.mentee(mentee))
                .get("/api/v1/payees/me")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        sys.as(actors.mentee(mentee))
                .body(Map.of(
                        "payoutMethod",
                        "BANK_TRANSFER",
                        "accountHolder",
                        "Someone Else",
                        "account",
                        "DE89370400440532013000",
                        "country",
                        "DE",
                        "taxFormReceived",
                        true))
                .put("/api/v1/payees/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("unknown-field"));
        String after = sys.as(actors.mentee(mentee))
                .get("/api/v1/payees/me")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(after).isEqualTo(before);
    }

    /** Amounts were fixed at onboarding: a payee country with a higher adjustment shows and pays the same amounts. */
    void countryChangeChangesNoAmount(String mentee) {
        List<Object> before = installmentAmounts(mentee);
        sys.as(actors.mentee(mentee))
                .body(Map.of(
                        "payoutMethod",
                        "BANK_TRANSFER",
                        "accountHolder",
                        mentee.toUpperCase(),
                        "account",
                        "DE89370400440532013000",
                        "country",
                        "CH"))
                .put("/api/v1/payees/me")
                .then()
                .statusCode(200)
                .body("country", equalTo("CH"));
        assertThat(installmentAmounts(mentee)).isNotEmpty().isEqualTo(before);
        Steps.log("%s moved her payee country to CH: installments still %s", actors.id(mentee), before);
    }

    private List<Object> installmentAmounts(String mentee) {
        return sys.as(actors.mentee(mentee))
                .get("/api/v1/stipends/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("[0].installments.collect { it.installment + ':' + it.amountMinor + ' ' + it.currency }");
    }

    /** A finance user who is the payee gets 403 self-dealing; the payment is still SCHEDULED. */
    void financeCannotApproveAPaymentToThemselves(String mentee, int installment) {
        UUID payment = stipends.payments(mentee).stream()
                .filter(p -> p.installment() == installment)
                .findFirst()
                .orElseThrow()
                .id();
        String selfFinance = sys.system.token(actors.id(mentee), "finance");
        sys.as(selfFinance)
                .body(Map.of("note", "my own"))
                .post("/api/v1/payments/" + payment + "/approve")
                .then()
                .statusCode(403)
                .body("type", org.hamcrest.Matchers.endsWith("self-dealing"));
        assertThat(status(payment)).isEqualTo("SCHEDULED");
    }

    /** Ending a mentorship leaves its payment already in a bank file RECALL_REQUESTED, not cancelled. */
    void awaitRecallRequested(UUID payment) {
        Steps.eventually(
                "payment " + payment + " recall requested",
                () -> assertThat(status(payment)).isEqualTo("RECALL_REQUESTED"));
        sys.as(actors.finance())
                .queryParam("status", "RECALL_REQUESTED")
                .get("/api/v1/payments/queue")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(payment.toString()));
    }

    /**
     * The first export attempt fails, finance retries, the next file carries attempt 2; a late PAID report for
     * attempt 1 is recorded but leaves the payment EXPORTED on attempt 2; then attempt 2's report pays it.
     */
    void reportForAnEarlierAttemptLeavesTheRetryAlone(String mentee, int installment) throws Exception {
        UUID payment = stipends.approve(mentee, installment);
        stipends.export();
        stipends.reportByCallback(payment, 1, "FAILED").then().statusCode(200).body("status", equalTo("FAILED"));
        sys.as(actors.finance())
                .post("/api/v1/payments/" + payment + "/retry")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        assertThat(stipends.export()).contains(payment.toString().replace("-", "") + "-2");
        stipends.reportByCallback(payment, 1, "PAID")
                .then()
                .statusCode(200)
                .body("status", equalTo("EXPORTED"))
                .body("attempts", equalTo(2));
        stipends.paidByCallback(payment);
    }

    String status(UUID payment) {
        return sys.as(actors.finance())
                .get("/api/v1/payments/" + payment)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }
}
