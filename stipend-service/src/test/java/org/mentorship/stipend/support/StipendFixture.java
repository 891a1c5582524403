package org.mentorship.stipend.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;
import org.mentorship.contracts.events.EvaluationFailed;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.contracts.events.TaxFormConfirmed;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;
import org.mentorship.testsupport.Tokens;

/** Plays the other services and the people: plans, onboardings, payee details, evaluation outcomes. */
public final class StipendFixture {

    public static final String FINANCE = Tokens.finance("fiona");
    public static final String COORDINATOR = Tokens.coordinator("cora");
    public static final String EVALUATIONS = "/mentorship/evaluation-service";
    public static final String APPLICATIONS = "/mentorship/application-service";
    public static final String IBAN = "DE89370400440532013000";

    public final KafkaTestClient kafka = new KafkaTestClient(TestKafka.get().bootstrapServers());

    /** One eligible mentorship's ids. */
    public record Mentorship(UUID id, UUID projectId, UUID termId, String mentee) {
        public String token() {
            return Tokens.mentee(mentee);
        }
    }

    public Mentorship fresh() {
        return new Mentorship(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "mentee-" + UUID.randomUUID());
    }

    /** Plan (300000 minor units EUR, default split), onboarding, payee details and the tax form confirmed: eligible. */
    public Mentorship eligible() {
        Mentorship m = fresh();
        plan(m.projectId(), 300000, "EUR");
        onboard(m);
        awaitAgreement(m);
        payee(m, "DE");
        confirmTaxForm(m);
        return m;
    }

    public String plan(UUID projectId, long amountMinor, String currency) {
        return plan(Map.of("projectId", projectId, "amountMinor", amountMinor, "currency", currency));
    }

    public String plan(Map<String, Object> body) {
        return given().auth()
                .oauth2(FINANCE)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/stipend-plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public void onboard(Mentorship m) {
        publish(onboarded(m, 3), UUID.randomUUID(), APPLICATIONS);
    }

    /** Onboarded with the country on the signed contract (what the amounts are fixed from). */
    public void onboard(Mentorship m, String country) {
        publish(onboarded(m, 3, country), UUID.randomUUID(), APPLICATIONS);
    }

    public static MenteeOnboarded onboarded(Mentorship m, int evaluations) {
        return onboarded(m, evaluations, "DE");
    }

    public static MenteeOnboarded onboarded(Mentorship m, int evaluations, String country) {
        return new MenteeOnboarded(
                m.id(),
                UUID.randomUUID(),
                m.termId(),
                "Spring 2026",
                m.projectId(),
                "Structured logging",
                "CNSF",
                m.mentee(),
                "Ana Okafor",
                "ana@example.org",
                List.of("mia"),
                List.of(),
                evaluations,
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 5, 29),
                Instant.now(),
                country);
    }

    public void payee(Mentorship m, String country) {
        given().auth()
                .oauth2(m.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "payoutMethod",
                        "BANK_TRANSFER",
                        "accountHolder",
                        "Ana Okafor",
                        "account",
                        IBAN,
                        "bankCode",
                        "COBADEFFXXX",
                        "country",
                        country))
                .put("/api/v1/payees/me")
                .then()
                .statusCode(200);
    }

    /** Finance confirms the mentee's tax form (the mentorship's agreement must exist). */
    public void confirmTaxForm(Mentorship m) {
        given().auth()
                .oauth2(FINANCE)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payees/" + m.mentee() + "/tax-form")
                .then()
                .statusCode(200);
    }

    /** The coordinator's tax-form HR step, as application-service publishes it. */
    public static TaxFormConfirmed taxFormStep(Mentorship m) {
        return new TaxFormConfirmed(UUID.randomUUID(), m.termId(), m.projectId(), m.mentee(), "cora", Instant.now());
    }

    public void publish(DomainEvent event, UUID eventId, String source) {
        kafka.publish(event, eventId, source);
    }

    public static EvaluationPassed pass(UUID mentorship, int number, int total) {
        return new EvaluationPassed(UUID.randomUUID(), mentorship, number, total, number == total, Instant.now());
    }

    public static EvaluationFailed fail(UUID mentorship, int number, int total) {
        return new EvaluationFailed(UUID.randomUUID(), mentorship, number, total, number == total, Instant.now());
    }

    public void passes(UUID mentorship, int number, int total) {
        publish(pass(mentorship, number, total), UUID.randomUUID(), EVALUATIONS);
    }

    public JsonPath awaitAgreement(Mentorship m) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(FINANCE)
                        .get("/api/v1/stipends/" + m.id())
                        .then()
                        .statusCode(200));
        return agreement(m);
    }

    public JsonPath agreement(Mentorship m) {
        return given().auth()
                .oauth2(FINANCE)
                .get("/api/v1/stipends/" + m.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    public JsonPath awaitPayments(UUID mentorship, int count) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(FINANCE)
                        .queryParam("mentorshipId", mentorship)
                        .get("/api/v1/payments")
                        .then()
                        .statusCode(200)
                        .body("$", hasSize(count)));
        return payments(mentorship);
    }

    public JsonPath payments(UUID mentorship) {
        return given().auth()
                .oauth2(FINANCE)
                .queryParam("mentorshipId", mentorship)
                .get("/api/v1/payments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Waits until the statuses of the mentorship's payments, by installment, are exactly these. */
    public void awaitStatuses(UUID mentorship, String... statuses) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(
                                payments(mentorship).getList("status", String.class))
                        .containsExactly(statuses));
    }

    public String paymentId(UUID mentorship, int installment) {
        return payments(mentorship).getString("find { it.installment == " + installment + " }.id");
    }

    public List<Map<String, Object>> ledger(UUID mentorship) {
        return given().auth()
                .oauth2(FINANCE)
                .get("/api/v1/stipends/" + mentorship + "/ledger")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    /** Finance approves the payment. */
    public static void approve(String paymentId) {
        given().auth()
                .oauth2(FINANCE)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payments/" + paymentId + "/approve")
                .then()
                .statusCode(200);
    }

    /** Finance exports every approved payment no file carried yet as CSV; returns the file's text. */
    public static String exportCsv() {
        return given().auth()
                .oauth2(FINANCE)
                .queryParam("format", "csv")
                .post("/api/v1/payments/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** Approved and in a payout file (with whatever else was approved and waiting). */
    public static void approveAndExport(String paymentId) {
        approve(paymentId);
        exportCsv();
    }
}
