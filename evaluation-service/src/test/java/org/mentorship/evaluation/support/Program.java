package org.mentorship.evaluation.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.Topics;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.platform.time.ProgramClock;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;
import org.mentorship.testsupport.Tokens;

/**
 * Plays the rest of the program for tests: application-service's MenteeOnboarded, mentors' submissions, and reads
 * of what this service published. Terms are placed relative to the program clock (other tests move it forward).
 * A term of 84 days with 3 evaluations has them due on days 28, 56 and 84 after its start (00:00 UTC).
 */
public final class Program {

    public static final String COORDINATOR = Tokens.coordinator("cora");
    public static final String REVIEWER = Tokens.coordinator("carl");
    public static final String SOURCE = "/mentorship/application-service";
    private static final KafkaTestClient KAFKA =
            new KafkaTestClient(TestKafka.get().bootstrapServers());

    private Program() {}

    public static KafkaTestClient kafka() {
        return KAFKA;
    }

    public static ProgramClock clock() {
        return Arc.container().instance(ProgramClock.class).get();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(clock().instant(), ZoneOffset.UTC);
    }

    /** A unique user id, so one test's mentors and mentees never meet another test's. */
    public static String user(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Every mentor reached at {@code <id>@example.org}. */
    public static MenteeOnboarded onboarded(
            String mentee, List<String> mentors, int evaluations, LocalDate start, LocalDate end) {
        return onboarded(mentee, mentors, mentors, evaluations, start, end);
    }

    /** Only the mentors in {@code withAddress} have an address ({@code <id>@example.org}). */
    public static MenteeOnboarded onboarded(
            String mentee,
            List<String> mentors,
            List<String> withAddress,
            int evaluations,
            LocalDate start,
            LocalDate end) {
        return new MenteeOnboarded(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Spring 2026",
                UUID.randomUUID(),
                "Add structured logging",
                "Cloud Native Storage Foundation",
                mentee,
                "Ana " + mentee,
                mentee + "@example.org",
                mentors,
                withAddress.stream()
                        .map(id -> new MenteeOnboarded.MentorContact(id, id + "@example.org"))
                        .toList(),
                evaluations,
                start,
                end,
                clock().instant());
    }

    /** A 3-evaluation term of 84 days that started {@code daysAgo} days ago; waits until the mentorship exists. */
    public static UUID started(String mentee, List<String> mentors, int daysAgo) {
        LocalDate start = today().minusDays(daysAgo);
        return start(onboarded(mentee, mentors, 3, start, start.plusDays(83)));
    }

    public static UUID start(MenteeOnboarded event) {
        KAFKA.publish(event, UUID.randomUUID(), SOURCE);
        awaitMentorship(event.mentorshipId());
        return event.mentorshipId();
    }

    public static void awaitMentorship(UUID id) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth()
                                .oauth2(COORDINATOR)
                                .get("/api/v1/mentorships/" + id)
                                .statusCode()
                        == 200);
    }

    public static String submission(String outcome, Integer weeks) {
        return "{\"tasksAndMilestones\":4,\"engagement\":5,\"progressAgainstPlan\":3,"
                + "\"commentsForMentee\":\"Good steady work\",\"privateComments\":\"Needs more reviews\","
                + "\"outcome\":\"" + outcome + "\"" + (weeks == null ? "" : ",\"extensionWeeks\":" + weeks) + "}";
    }

    public static Response submit(String mentor, UUID mentorship, int number, String outcome) {
        return submit(mentor, mentorship, number, outcome, null);
    }

    public static Response submit(String mentor, UUID mentorship, int number, String outcome, Integer weeks) {
        return given().auth()
                .oauth2(Tokens.mentor(mentor))
                .contentType(ContentType.JSON)
                .body(submission(outcome, weeks))
                .post("/api/v1/mentorships/" + mentorship + "/evaluations/" + number);
    }

    /** The id of evaluation {@code number} of the mentorship. */
    public static String evaluationId(UUID mentorship, int number) {
        return asCoordinator("GET", "/api/v1/mentorships/" + mentorship + "/evaluations/" + number, null)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    /** A coordinator (not cora, who reads in tests: carl) decides the FAIL under review of evaluation {@code number}. */
    public static Response review(UUID mentorship, int number, String decision) {
        return given().auth()
                .oauth2(REVIEWER)
                .contentType(ContentType.JSON)
                .body("{\"decision\":\"" + decision + "\",\"reason\":\"Reviewed with the mentor\"}")
                .post("/api/v1/evaluations/" + evaluationId(mentorship, number) + "/review");
    }

    /** A mentor's FAIL, then a coordinator's CONFIRM: the FAIL is final, as a FAIL was before the review window. */
    public static void failAndConfirm(String mentor, UUID mentorship, int number) {
        submit(mentor, mentorship, number, "FAIL").then().statusCode(201);
        review(mentorship, number, "CONFIRM").then().statusCode(200);
    }

    public static Response asCoordinator(String method, String path, String body) {
        var request = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.request(method, path);
    }

    /** Waits until this service published {@code count} events keyed by the mentorship; returns them in order. */
    public static List<ConsumerRecord<String, String>> events(UUID mentorship, int count) {
        return KAFKA
                .readUntil(
                        Topics.EVALUATIONS,
                        Duration.ofSeconds(20),
                        read -> read.stream()
                                        .filter(r -> mentorship.toString().equals(r.key()))
                                        .count()
                                >= count)
                .stream()
                .filter(r -> mentorship.toString().equals(r.key()))
                .toList();
    }

    public static List<String> types(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> header(r, CloudEventHeaders.TYPE)).toList();
    }

    /** A count from this service's database (read in its own transaction). */
    public static long count(String sql, Object... parameters) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            var query = Arc.container()
                    .instance(jakarta.persistence.EntityManager.class)
                    .get()
                    .createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
