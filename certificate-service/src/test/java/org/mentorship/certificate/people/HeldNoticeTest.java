package org.mentorship.certificate.people;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.notice.Notices;
import org.mentorship.platform.person.NoticeKind;
import org.mentorship.platform.time.ProgramClock;
import org.mentorship.testsupport.Tokens;

/** A notice held until a time (an announcement embargo) is nobody's news before then, and the person's after. */
@QuarkusTest
class HeldNoticeTest {

    private static final Duration HOLD = Duration.ofSeconds(3);

    @Inject
    Notices notices;

    @Inject
    ProgramClock clock;

    @Test
    void aHeldNoticeIsNotInTheFeedNorReadableUntilItsTime() {
        String p = "person-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew()
                .run(() -> notices.notify(
                        p,
                        NoticeKind.DECISION,
                        "You were accepted",
                        "...",
                        clock.instant().plus(HOLD)));
        QuarkusTransaction.requiringNew()
                .run(() -> notices.notify(p, NoticeKind.DECISION, "Your other application", "...", null));

        given().auth()
                .oauth2(Tokens.mentee(p))
                .get("/api/v1/me/notices")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].subject", equalTo("Your other application"))
                .body("total", equalTo(1));
        assertEquals(
                1,
                QuarkusTransaction.requiringNew().call(() -> notices.all(p)).size(),
                "the data export does not tell it before its time either");

        // The program clock runs with real time here: once the hold is over, the notice is the newest news.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().auth()
                        .oauth2(Tokens.mentee(p))
                        .get("/api/v1/me/notices")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(2))
                        .body("items[0].subject", equalTo("You were accepted")));
    }
}
