package org.mentorship.stipend.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.Tokens;

/** GET /api/v1/me/data: the caller's own records, masked; nobody else's; a token needed. */
@QuarkusTest
class MyDataTest {

    private final StipendFixture fixture = new StipendFixture();

    @Test
    void theMenteeGetsEverythingHeldAboutThemWithTheAccountMasked() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);

        String body = given().auth()
                .oauth2(m.token())
                .get("/api/v1/me/data")
                .then()
                .statusCode(200)
                .body("personId", equalTo(m.mentee()))
                .body("agreements", hasSize(1))
                .body("agreements[0].mentorshipId", equalTo(m.id().toString()))
                .body("payments", hasSize(1))
                .body("ledger", hasSize(1))
                .body("payee.accountMasked", endsWith("3000"))
                .body("taxForm.menteeId", equalTo(m.mentee()))
                .extract()
                .asString();
        assertThat(body).doesNotContain(StipendFixture.IBAN);
    }

    @Test
    void anotherPersonSeesNoneOfItAndATokenIsNeeded() {
        fixture.eligible();
        given().auth()
                .oauth2(Tokens.mentor("mia-" + System.nanoTime()))
                .get("/api/v1/me/data")
                .then()
                .statusCode(200)
                .body("agreements", empty())
                .body("payments", empty())
                .body("payee", nullValue());
        given().get("/api/v1/me/data").then().statusCode(401);
    }
}
