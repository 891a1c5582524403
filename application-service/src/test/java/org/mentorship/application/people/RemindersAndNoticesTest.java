package org.mentorship.application.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.application.service.NotificationSender;
import org.mentorship.application.service.PrerequisiteReminders;
import org.mentorship.platform.time.LocalTimes;
import org.mentorship.testsupport.TestSmtp;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
class RemindersAndNoticesTest {

    @Inject
    PrerequisiteReminders reminders;

    @Inject
    NotificationSender sender;

    @Test
    void aMenteeIsRemindedOnceInTheirTimeZoneAndAFeedOnlyChoiceMakesNoMail() throws Exception {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String mailed = Scenario.unique("remy");
        String feedOnly = Scenario.unique("fey");
        UUID mailedApplication = Scenario.applicant(mailed, project); // Asia/Tokyo, channels by e-mail
        Scenario.applicant(feedOnly, project);
        PersonProfileTest.put(Tokens.mentee(feedOnly), "Europe/Berlin", Map.of("prerequisite-reminder", "feed"))
                .then()
                .statusCode(200);
        Instant reviewEnd = Instant.parse(given().auth()
                .oauth2(Tokens.mentee(mailed))
                .get("/api/v1/applications/" + mailedApplication)
                .then()
                .extract()
                .path("reviewEndsAt"));

        reminders.runNow();
        assertThat(notices(mailed, "prerequisite-reminder"))
                .as("not yet: 16 days to go")
                .isEmpty();

        Scenario.advance(Duration.ofDays(13).plusMinutes(1));
        reminders.runNow();
        reminders.runNow(); // once per application
        sender.runNow();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !TestSmtp.messagesTo(mailed + "@example.org").isEmpty());
        var mails = TestSmtp.messagesTo(mailed + "@example.org");
        assertThat(mails).hasSize(1);
        String tokyo = LocalTimes.forMail(reviewEnd, ZoneId.of("Asia/Tokyo"));
        assertThat(mails.get(0).getContent().toString()).contains("The review ends " + tokyo);
        assertThat(notices(mailed, "prerequisite-reminder")).singleElement().isEqualTo("email");

        assertThat(notices(feedOnly, "prerequisite-reminder")).singleElement().isEqualTo("feed");
        assertThat(TestSmtp.messagesTo(feedOnly + "@example.org")).isEmpty();
    }

    @Test
    void aDecisionReachesByMailWhateverThePersonChose() throws Exception {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("dee");
        UUID application = Scenario.applicant(user, project);
        PersonProfileTest.put(Tokens.mentee(user), "Europe/Berlin", Map.of("decision", "feed"))
                .then()
                .statusCode(200);
        Scenario.decide(application, Map.of("outcome", "REJECT", "reason", "not this time"))
                .then()
                .statusCode(200);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !TestSmtp.messagesTo(user + "@example.org").isEmpty());
        assertThat(notices(user, "decision")).singleElement().isEqualTo("email");
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/me/notices")
                .then()
                .statusCode(200)
                .body(
                        "items[0].subject",
                        equalTo(TestSmtp.messagesTo(user + "@example.org")
                                .get(0)
                                .getSubject()));
    }

    /** The channel each notice of the kind went out by, from the person's feed. */
    private static List<String> notices(String user, String kind) {
        return given().auth()
                .oauth2(Tokens.mentee(user))
                .queryParam("size", 100)
                .get("/api/v1/me/notices")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.kind == '" + kind + "' }.channel", String.class);
    }
}
