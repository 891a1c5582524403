package org.mentorship.certificate.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.events.PersonSettingsChanged;
import org.mentorship.platform.notice.Delivery;
import org.mentorship.platform.notice.Notices;
import org.mentorship.platform.person.Channel;
import org.mentorship.platform.person.NoticeKind;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.testsupport.Tokens;

/** The platform's person settings and notice feed, on this service's real database (every service has the same). */
@QuarkusTest
class PersonFeedTest {

    @Inject
    PersonSettings settings;

    @Inject
    Notices notices;

    private static String person() {
        return "person-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aNewerChangeWinsAndAnOlderOneChangesNothing() {
        String p = person();
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        QuarkusTransaction.requiringNew()
                .run(() -> settings.apply(
                        new PersonSettingsChanged(p, "Europe/Berlin", Map.of("survey-open", "feed"), at)));
        QuarkusTransaction.requiringNew()
                .run(() -> settings.apply(new PersonSettingsChanged(p, "Asia/Tokyo", Map.of(), at.minusSeconds(60))));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(ZoneId.of("Europe/Berlin"), settings.zoneOf(p));
            assertEquals(Channel.FEED, settings.channelFor(p, NoticeKind.SURVEY_OPEN));
            assertEquals(Channel.EMAIL, settings.channelFor(p, NoticeKind.EXAM_REMINDER));
        });
    }

    @Test
    void someoneNobodyHeardFromIsInUtcAndGetsMail() {
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(ZoneOffset.UTC, settings.zoneOf(person()));
            assertEquals(Channel.EMAIL, settings.channelFor(person(), NoticeKind.SURVEY_OPEN));
        });
    }

    @Test
    void everyNoticeLandsInTheFeedAndOnlyItsOwnerReadsIt() {
        String p = person();
        QuarkusTransaction.requiringNew()
                .run(() -> settings.apply(new PersonSettingsChanged(
                        p, "UTC", Map.of("survey-open", "feed", "decision", "feed"), Instant.now())));
        Delivery survey = QuarkusTransaction.requiringNew()
                .call(() -> notices.notify(p, NoticeKind.SURVEY_OPEN, "Your survey is open", "Answer it by ..."));
        Delivery decision = QuarkusTransaction.requiringNew()
                .call(() -> notices.notify(p, NoticeKind.DECISION, "You were accepted", "..."));
        assertEquals(Channel.FEED, survey.channel());
        assertEquals(Channel.EMAIL, decision.channel(), "a decision reaches the person whatever they chose");

        String id = given().auth()
                .oauth2(Tokens.mentee(p))
                .get("/api/v1/me/notices")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].kind", equalTo("decision"))
                .body("items[1].channel", equalTo("feed"))
                .body("items[1].readAt", nullValue())
                .extract()
                .path("items[1].id");

        given().auth()
                .oauth2(Tokens.mentee(person()))
                .post("/api/v1/me/notices/{id}/read", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.mentee(person()))
                .get("/api/v1/me/notices")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));

        given().auth()
                .oauth2(Tokens.mentee(p))
                .post("/api/v1/me/notices/{id}/read", id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.mentee(p))
                .queryParam("unread", true)
                .get("/api/v1/me/notices")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("decision"));
        given().auth()
                .oauth2(Tokens.mentee(p))
                .get("/api/v1/me/notices")
                .then()
                .body("items[1].readAt", notNullValue());
        given().get("/api/v1/me/notices").then().statusCode(401);

        QuarkusTransaction.requiringNew().run(() -> settings.erase(p));
        given().auth().oauth2(Tokens.mentee(p)).get("/api/v1/me/notices").then().body("total", equalTo(0));
    }
}
