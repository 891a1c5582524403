package org.mentorship.certificate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.mentorship.contracts.DomainEvent;
import org.mentorship.contracts.Topics;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.contracts.events.MentorshipCompleted;
import org.mentorship.contracts.events.MentorshipTerminated;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;
import org.mentorship.testsupport.Tokens;

/**
 * One mentorship of a test, played from the outside: the other services' events over Kafka, people over HTTP.
 * Every test makes its own (random ids), so tests never see each other's records.
 */
public final class Program {

    public static final String APPLICATIONS = "/mentorship/application-service";
    public static final String EVALUATIONS = "/mentorship/evaluation-service";
    public static final String COORDINATOR = Tokens.coordinator("cora");
    private static final KafkaTestClient KAFKA =
            new KafkaTestClient(TestKafka.get().bootstrapServers());

    public final UUID mentorshipId = UUID.randomUUID();
    public final UUID projectId = UUID.randomUUID();
    public final UUID termId = UUID.randomUUID();
    public final String mentee;
    public final String mentor;
    public final String menteeToken;
    public final String mentorToken;

    private Program(String mentee, String mentor) {
        this.mentee = mentee;
        this.mentor = mentor;
        this.menteeToken = Tokens.mentee(mentee);
        this.mentorToken = Tokens.mentor(mentor);
    }

    public static Program next() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new Program("ana" + suffix, "mia" + suffix);
    }

    /**
     * Another mentorship whose events land on the same partitions as this one's (on both topics), so they are
     * consumed after everything published for this one before: a sentinel whose effect, once seen, proves by order
     * that those earlier events were applied (rather than waiting some seconds for nothing to happen).
     */
    public Program sharingPartitions() {
        while (true) {
            Program other = next();
            if (samePartition(Topics.APPLICATIONS, other) && samePartition(Topics.EVALUATIONS, other)) {
                return other;
            }
        }
    }

    private boolean samePartition(String topic, Program other) {
        int partitions = PARTITIONS.computeIfAbsent(topic, t -> {
            try (var producer = new KafkaProducer<>(
                    Map.<String, Object>of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            TestKafka.get().bootstrapServers()),
                    new StringSerializer(),
                    new StringSerializer())) {
                return producer.partitionsFor(t).size();
            }
        });
        return partition(mentorshipId, partitions) == partition(other.mentorshipId, partitions);
    }

    /** Kafka's default partitioner for a keyed record. */
    private static int partition(UUID key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static final Map<String, Integer> PARTITIONS = new java.util.concurrent.ConcurrentHashMap<>();

    public MenteeOnboarded onboarded() {
        return new MenteeOnboarded(
                mentorshipId,
                UUID.randomUUID(),
                termId,
                "Spring 2026",
                projectId,
                "Structured logging for the storage controller",
                "Cloud Native Storage Foundation",
                mentee,
                "Ana Okafor-Lindqvist",
                mentee + "@example.org",
                List.of(mentor),
                List.of(),
                3,
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 5, 29),
                Instant.now());
    }

    public MentorshipCompleted completed() {
        return new MentorshipCompleted(
                mentorshipId, mentee, projectId, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Completed with the program output a mentor confirmed. */
    public MentorshipCompleted completed(String workProductUrl, String finalReport) {
        return new MentorshipCompleted(
                mentorshipId,
                mentee,
                projectId,
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                workProductUrl,
                finalReport);
    }

    public MentorshipTerminated terminated() {
        return new MentorshipTerminated(mentorshipId, mentee, "Final evaluation failed", Instant.now());
    }

    public static void publish(DomainEvent event, UUID eventId) {
        String source = event instanceof MenteeOnboarded ? APPLICATIONS : EVALUATIONS;
        KAFKA.publish(event, eventId, source);
    }

    public static void publish(DomainEvent event) {
        publish(event, UUID.randomUUID());
    }

    public static KafkaTestClient kafka() {
        return KAFKA;
    }

    /** Publishes MenteeOnboarded and waits for the record. */
    public Program onboard() {
        publish(onboarded());
        awaitRecord("OPEN");
        return this;
    }

    public JsonPath record() {
        return given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/completions/" + mentorshipId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    public JsonPath awaitRecord(String status) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().auth()
                        .oauth2(COORDINATOR)
                        .get("/api/v1/completions/" + mentorshipId)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo(status)));
        return record();
    }

    /** Waits until the record shows the mentorship completed (the survey is then open). */
    public JsonPath awaitCompleted() {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().auth()
                        .oauth2(COORDINATOR)
                        .get("/api/v1/completions/" + mentorshipId)
                        .then()
                        .statusCode(200)
                        .body("mentorshipCompletedAt", org.hamcrest.Matchers.notNullValue()));
        return record();
    }

    public UUID defineExam(String name, int passMark, boolean required) {
        return defineExam(name, projectId, passMark, required);
    }

    /** Defines the exam and registers the program's learning platform ("lms") for it, as a coordinator would. */
    public static UUID defineExam(String name, UUID project, int passMark, boolean required) {
        Map<String, Object> body =
                new java.util.HashMap<>(Map.of("name", name, "passMark", passMark, "required", required));
        if (project != null) {
            body.put("projectId", project);
        }
        UUID exam = UUID.fromString(given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exams/definitions")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        given().auth()
                .oauth2(COORDINATOR)
                .put("/api/v1/exams/definitions/" + exam + "/partners/" + LMS_PARTNER)
                .then()
                .statusCode(200);
        return exam;
    }

    /** The partner system the tests' partner tokens name. */
    public static final String LMS_PARTNER = "lms";

    public Response recordExam(String token, UUID exam, int score) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("examId", exam, "mentorshipId", mentorshipId, "score", score))
                .post("/api/v1/exams/results");
    }

    /** The standard survey of these tests (published once per JVM; later versions never change its questions). */
    public static synchronized int survey() {
        if (surveyVersion == 0) {
            surveyVersion = given().auth()
                    .oauth2(COORDINATOR)
                    .contentType(ContentType.JSON)
                    .body("""
                    {"title":"End of program feedback","questions":[
                      {"key":"mentor-support","text":"How well did your mentor support you?","kind":"RATING","required":true},
                      {"key":"next-step","text":"What will you do next?","kind":"CHOICE","options":["keep contributing","apply again","other"],"required":true},
                      {"key":"comments","text":"Anything else?","kind":"TEXT","required":false}]}""")
                    .post("/api/v1/surveys")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("version");
        }
        return surveyVersion;
    }

    private static int surveyVersion;

    public Response answerSurvey(int rating, String choice, String comment) {
        Map<String, Object> answers = new java.util.HashMap<>(Map.of("mentor-support", rating, "next-step", choice));
        if (comment != null) {
            answers.put("comments", comment);
        }
        return given().auth()
                .oauth2(menteeToken)
                .contentType(ContentType.JSON)
                .body(Map.of("mentorshipId", mentorshipId, "version", survey(), "answers", answers))
                .post("/api/v1/surveys/answers");
    }

    public Response answerSurvey() {
        return answerSurvey(9, "keep contributing", "Great mentor");
    }

    /** Onboarded, completed, survey answered (no exams for its project): certified. Returns the certificate id. */
    public UUID certify() {
        onboard();
        publish(completed());
        awaitCompleted();
        answerSurvey().then().statusCode(201);
        return UUID.fromString(awaitRecord("CERTIFIED").getString("certificateId"));
    }

    public long certificateCount() {
        return given().auth()
                .oauth2(COORDINATOR)
                .queryParam("menteeId", mentee)
                .get("/api/v1/certificates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
