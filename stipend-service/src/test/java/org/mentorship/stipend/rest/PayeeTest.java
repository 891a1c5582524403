package org.mentorship.stipend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.Tokens;

/** Payee details are never answered whole, are stored encrypted, and only the mentee and finance see them. */
@QuarkusTest
class PayeeTest {

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void detailsAreMaskedInEveryResponseAndEncryptedAtRest() {
        Mentorship m = fixture.fresh();
        String put = given().auth()
                .oauth2(m.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "payoutMethod",
                        "BANK_TRANSFER",
                        "accountHolder",
                        "Ana Okafor",
                        "account",
                        "DE89 3704 0044 0532 0130 00",
                        "country",
                        "DE"))
                .put("/api/v1/payees/me")
                .then()
                .statusCode(200)
                .body("accountMasked", equalTo("******************3000"))
                .extract()
                .asString();
        String mine = given().auth()
                .oauth2(m.token())
                .get("/api/v1/payees/me")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .asString();
        String finance = given().auth()
                .oauth2(StipendFixture.FINANCE)
                .get("/api/v1/payees/" + m.mentee())
                .then()
                .statusCode(200)
                .body("country", equalTo("DE"))
                .extract()
                .asString();

        for (String body : new String[] {put, mine, finance}) {
            assertThat(body).doesNotContain(StipendFixture.IBAN).doesNotContain("0532013000");
        }
        assertThat(db.column("select account_encrypted from payee where mentee_id = ?1", m.mentee())
                        .get(0)
                        .toString())
                .doesNotContain(StipendFixture.IBAN);
    }

    @Test
    void onlyTheMenteeAndFinanceSeeThem() {
        Mentorship m = fixture.fresh();
        fixture.payee(m, "DE");

        given().auth()
                .oauth2(StipendFixture.COORDINATOR)
                .get("/api/v1/payees/" + m.mentee())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.mentee("someone-else"))
                .get("/api/v1/payees/" + m.mentee())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.mentee("someone-else-" + m.mentee()))
                .get("/api/v1/payees/me")
                .then()
                .statusCode(404);
        given().get("/api/v1/payees/me").then().statusCode(401);
    }

    @Test
    void anInvalidIbanIsRefusedAndStoresNothing() {
        Mentorship m = fixture.fresh();
        given().auth()
                .oauth2(m.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "payoutMethod",
                        "BANK_TRANSFER",
                        "accountHolder",
                        "Ana",
                        "account",
                        "DE89370400440532013001",
                        "country",
                        "DE"))
                .put("/api/v1/payees/me")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://mentorship.example.org/problems/invalid-iban"));
        given().auth()
                .oauth2(m.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "payoutMethod",
                        "PAYPAL",
                        "accountHolder",
                        "Ana",
                        "account",
                        "ana@example.org",
                        "country",
                        "ZZ"))
                .put("/api/v1/payees/me")
                .then()
                .statusCode(422);
        // A line break would start a row of its own in the CSV export.
        given().auth()
                .oauth2(m.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "payoutMethod",
                        "BANK_TRANSFER",
                        "accountHolder",
                        "Ana\n=HYPERLINK(\"http://x\")",
                        "account",
                        "DE89 3704 0044 0532 0130 00",
                        "country",
                        "DE"))
                .put("/api/v1/payees/me")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://mentorship.example.org/problems/validation-failed"));

        assertThat(db.count("select count(*) from payee where mentee_id = ?1", m.mentee()))
                .isZero();
    }
}
