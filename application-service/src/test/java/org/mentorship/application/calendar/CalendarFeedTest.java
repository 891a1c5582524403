package org.mentorship.application.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.contracts.CloudEventRecords;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.events.CompletionRequirementsOpened;
import org.mentorship.contracts.events.EvaluationDue;
import org.mentorship.contracts.events.MentorshipExtended;
import org.mentorship.contracts.events.MentorshipStarted;
import org.mentorship.contracts.events.MentorshipTerminated;
import org.mentorship.contracts.events.StipendCancelled;
import org.mentorship.contracts.events.StipendPaymentScheduled;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;
import org.mentorship.testsupport.Tokens;

/**
 * A person's feed through the API and the events: their admissions dates and their mentorship's evaluations,
 * payments and survey, moved in place by an extension (same UID, SEQUENCE one higher) and never by a redelivered or
 * older event; a token works until rotated or revoked, and refusals tell nothing.
 */
@QuarkusTest
class CalendarFeedTest {

    private static final String EVALUATION_SERVICE = "/mentorship/evaluation-service";

    @Inject
    CalendarFeeds feeds;

    private final KafkaTestClient kafka = new KafkaTestClient(TestKafka.get().bootstrapServers());

    /** A feed's events by UID, each its properties (unfolded, parameters kept in the name: "DTSTART;VALUE=DATE"). */
    static Map<String, Map<String, String>> events(String ics) {
        Map<String, Map<String, String>> events = new LinkedHashMap<>();
        Map<String, String> event = null;
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                event = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.put(event.get("UID"), event);
                event = null;
            } else if (event != null) {
                int colon = line.indexOf(':');
                event.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }

    private static String subscribe(String token) {
        return given().auth()
                .oauth2(token)
                .post("/api/v1/me/calendar-feed")
                .then()
                .statusCode(201)
                .body("createdAt", org.hamcrest.Matchers.notNullValue())
                .extract()
                .path("url");
    }

    /** The feed at {@code url} as the service answers it (the URL names the public host: only its query is used). */
    private static Response read(String url) {
        return given().get("/api/v1/me/calendar.ics?" + URI.create(url).getRawQuery());
    }

    private static Map<String, Map<String, String>> feed(String url) {
        Response response = read(url);
        response.then().statusCode(200);
        assertThat(response.contentType()).startsWith("text/calendar");
        String ics = response.asString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        return events(ics);
    }

    private static String evaluation(UUID mentorship, int n) {
        return "evaluation-" + mentorship + "-" + n + "@mentorship";
    }

    @Test
    void menteeAndMentorSeeTheirDatesAndAnExtensionMovesTheEvaluationOnce() {
        String mentor = Scenario.unique("mia");
        UUID term = Scenario.openTerm();
        UUID project = Scenario.project(term, 1, mentor);
        String mentee = Scenario.unique("gus");
        UUID application = Scenario.applicant(mentee, project);
        UUID mentorship = UUID.randomUUID();
        Instant first = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        Instant second = first.plus(30, ChronoUnit.DAYS);
        Instant third = second.plus(30, ChronoUnit.DAYS);

        // The payment is told before the mentorship's start names its mentee.
        UUID payment = UUID.randomUUID();
        kafka.publish(
                new StipendPaymentScheduled(
                        payment, mentorship, 1, 150000, "USD", LocalDate.of(2027, 3, 20), Instant.now()),
                UUID.randomUUID(),
                "/mentorship/stipend-service");
        kafka.publish(
                new MentorshipStarted(
                        mentorship,
                        mentee,
                        project,
                        List.of(mentor),
                        LocalDate.now(),
                        LocalDate.now().plusDays(90),
                        List.of(
                                new EvaluationDue(1, first),
                                new EvaluationDue(2, second),
                                new EvaluationDue(3, third))),
                UUID.randomUUID(),
                EVALUATION_SERVICE);

        String menteeFeed = subscribe(Tokens.mentee(mentee));
        String mentorFeed = subscribe(Tokens.mentor(mentor));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> feed(menteeFeed).containsKey(evaluation(mentorship, 3))
                        && feed(menteeFeed).containsKey("payment-" + payment + "@mentorship"));

        Map<String, Map<String, String>> mine = feed(menteeFeed);
        assertThat(mine.get("review-" + term + "@mentorship").get("SUMMARY")).startsWith("Review ends: ");
        assertThat(mine.get("prerequisites-" + application + "@mentorship").get("STATUS"))
                .isEqualTo("CONFIRMED");
        Map<String, String> due = mine.get(evaluation(mentorship, 2));
        assertThat(due.get("DTSTART")).isEqualTo(IcsDates.utc(second));
        assertThat(due.get("SEQUENCE")).isEqualTo("0");
        assertThat(due.get("SUMMARY")).startsWith("Evaluation 2 due: Project-");
        Map<String, String> window = mine.get("evaluation-window-" + mentorship + "-2@mentorship");
        assertThat(window.get("DTSTART")).isEqualTo(IcsDates.utc(second.minus(7, ChronoUnit.DAYS)));
        assertThat(window.get("DTEND")).isEqualTo(IcsDates.utc(second));
        assertThat(mine.get("payment-" + payment + "@mentorship").get("DTSTART;VALUE=DATE"))
                .isEqualTo("20270320");

        Map<String, Map<String, String>> theirs = feed(mentorFeed);
        assertThat(theirs).containsKeys("review-" + term + "@mentorship", evaluation(mentorship, 2));
        assertThat(theirs.get(evaluation(mentorship, 2)).get("DTSTART")).isEqualTo(IcsDates.utc(second));
        assertThat(theirs)
                .as("the mentee's payment and prerequisites are the mentee's")
                .doesNotContainKeys(
                        "payment-" + payment + "@mentorship", "prerequisites-" + application + "@mentorship");

        // The payment is cancelled: its entry stays, CANCELLED, so calendars drop it.
        kafka.publish(
                new StipendCancelled(payment, mentorship, 1, "Mentorship terminated", Instant.now()),
                UUID.randomUUID(),
                "/mentorship/stipend-service");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "CANCELLED"
                        .equals(feed(menteeFeed)
                                .get("payment-" + payment + "@mentorship")
                                .get("STATUS")));

        // Extended by 2 weeks at evaluation 1: evaluations 2 and 3 move.
        Instant secondMoved = second.plus(14, ChronoUnit.DAYS);
        Instant thirdMoved = third.plus(14, ChronoUnit.DAYS);
        UUID extension = UUID.randomUUID();
        MentorshipExtended extended = new MentorshipExtended(
                mentorship,
                1,
                2,
                2,
                LocalDate.now().plusDays(104),
                List.of(new EvaluationDue(2, secondMoved), new EvaluationDue(3, thirdMoved)));
        kafka.publish(extended, extension, EVALUATION_SERVICE);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> IcsDates.utc(secondMoved)
                        .equals(feed(mentorFeed).get(evaluation(mentorship, 2)).get("DTSTART")));
        assertThat(feed(menteeFeed).get(evaluation(mentorship, 2)))
                .containsEntry("SEQUENCE", "1")
                .containsEntry("DTSTART", IcsDates.utc(secondMoved))
                .containsEntry("STATUS", "CONFIRMED");

        // Redelivered (same id), told again under a new id, and an older event moving it elsewhere: no change.
        kafka.publish(extended, extension, EVALUATION_SERVICE);
        kafka.publish(extended, UUID.randomUUID(), EVALUATION_SERVICE);
        MentorshipExtended older = new MentorshipExtended(
                mentorship,
                1,
                1,
                1,
                LocalDate.now().plusDays(97),
                List.of(new EvaluationDue(2, second.plus(7, ChronoUnit.DAYS))));
        kafka.send(CloudEventRecords.of(
                UUID.randomUUID(),
                older.type(),
                EVALUATION_SERVICE,
                Instant.now().minus(1, ChronoUnit.HOURS),
                older.aggregateId(),
                EventJson.write(older)));
        // Then terminated between evaluations 2 and 3 (same partition, so it is applied after the three above).
        kafka.publish(
                new MentorshipTerminated(
                        mentorship, mentee, "failed evaluation 2", thirdMoved.minus(1, ChronoUnit.DAYS)),
                UUID.randomUUID(),
                EVALUATION_SERVICE);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "CANCELLED"
                        .equals(feed(menteeFeed).get(evaluation(mentorship, 3)).get("STATUS")));
        Map<String, Map<String, String>> after = feed(menteeFeed);
        assertThat(after.get(evaluation(mentorship, 2)))
                .containsEntry("SEQUENCE", "1")
                .containsEntry("DTSTART", IcsDates.utc(secondMoved))
                .containsEntry("STATUS", "CONFIRMED");
        assertThat(after.get(evaluation(mentorship, 3)))
                .containsEntry("SEQUENCE", "2")
                .containsEntry("DTSTART", IcsDates.utc(thirdMoved));
        assertThat(after.get(evaluation(mentorship, 1))).containsEntry("SEQUENCE", "0");

        // Someone else's feed has none of it.
        String eve = Scenario.unique("eve");
        Map<String, Map<String, String>> others = feed(subscribe(Tokens.mentee(eve)));
        assertThat(others.keySet())
                .noneMatch(uid -> uid.contains(mentorship.toString())
                        || uid.contains(term.toString())
                        || uid.contains(application.toString()));
    }

    @Test
    void completionRequirementsShowForTheMentee() {
        String mentee = Scenario.unique("ada");
        UUID mentorship = UUID.randomUUID();
        Instant opened = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant dueAt = opened.plus(30, ChronoUnit.DAYS);
        kafka.publish(
                new CompletionRequirementsOpened(mentorship, mentee, opened, dueAt),
                UUID.randomUUID(),
                "/mentorship/certificate-service");
        String url = subscribe(Tokens.mentee(mentee));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> feed(url).containsKey("requirements-" + mentorship + "@mentorship"));
        Map<String, Map<String, String>> events = feed(url);
        assertThat(events.get("requirements-" + mentorship + "@mentorship"))
                .containsEntry("DTSTART", IcsDates.utc(dueAt))
                .containsEntry("SUMMARY", "Survey and exams due");
        assertThat(events.get("survey-" + mentorship + "@mentorship")).containsEntry("DTSTART", IcsDates.utc(opened));

        // Erased: the feed stops working and a new one no longer finds the mentorship's entries.
        feeds.erase(mentee);
        read(url).then().statusCode(404);
        assertThat(feed(subscribe(Tokens.mentee(mentee)))).isEmpty();
    }

    @Test
    void aRotatedOrRevokedTokenStopsWorkingAndEveryRefusalIsTheSame() {
        String user = Scenario.unique("ivy");
        String first = subscribe(Tokens.mentee(user));
        assertThat(first).startsWith("http://localhost:8080/api/v1/me/calendar.ics?token=");
        String token = first.substring(first.indexOf("token=") + 6);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        read(first).then().statusCode(200);

        String second = subscribe(Tokens.mentee(user));
        assertThat(second).isNotEqualTo(first);
        read(second).then().statusCode(200);
        refused(read(first), token);

        given().auth()
                .oauth2(Tokens.mentee(user))
                .delete("/api/v1/me/calendar-feed")
                .then()
                .statusCode(204);
        refused(read(second), second.substring(second.indexOf("token=") + 6));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .delete("/api/v1/me/calendar-feed")
                .then()
                .statusCode(204);

        String unknown = "A".repeat(43);
        refused(given().get("/api/v1/me/calendar.ics?token=" + unknown), unknown);
        refused(given().get("/api/v1/me/calendar.ics?token=not-a-token"), "not-a-token");
        refused(given().get("/api/v1/me/calendar.ics"), unknown);
        given().post("/api/v1/me/calendar-feed").then().statusCode(401);
    }

    /** 404, the same problem for every kind of bad token, naming neither the token nor anyone. */
    private static void refused(Response response, String token) {
        response.then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(Scenario.PROBLEMS + "unknown-calendar-feed"))
                .body("detail", equalTo("No calendar feed has this token"))
                .body("instance", equalTo("/api/v1/me/calendar.ics"));
        assertThat(response.asString()).doesNotContain(token);
    }
}
