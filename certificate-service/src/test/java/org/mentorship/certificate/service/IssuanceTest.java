package org.mentorship.certificate.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.Program;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.Topics;
import org.mentorship.contracts.events.MentorshipCompleted;
import org.mentorship.testsupport.Tokens;

/**
 * The Letter of Completion is issued exactly once when every requirement holds, whatever order they arrive in,
 * whatever is redelivered or done at the same moment; anything missing blocks it.
 */
@QuarkusTest
class IssuanceTest {

    private static final String LMS = Tokens.partner("lms");

    @Test
    void completionThenExamThenSurvey() {
        Program p = Program.next().onboard();
        UUID exam = p.defineExam("Storage internals", 70, true);
        Program.publish(p.completed());
        p.awaitCompleted();
        p.recordExam(LMS, exam, 80).then().statusCode(201);
        assertThat(p.record().getString("status")).isEqualTo("OPEN");
        p.answerSurvey().then().statusCode(201);
        assertThat(p.record().getString("status"))
                .as("issued in the answer's transaction")
                .isEqualTo("CERTIFIED");
        assertThat(p.certificateCount()).isEqualTo(1);
    }

    @Test
    void surveyThenExamIssuesOnThePassingAttempt() {
        Program p = Program.next().onboard();
        UUID exam = p.defineExam("Storage internals", 70, true);
        Program.publish(p.completed());
        p.awaitCompleted();
        p.answerSurvey().then().statusCode(201);
        p.recordExam(LMS, exam, 69).then().statusCode(201);
        assertThat(p.record().getList("missing")).containsExactly("Exam: Storage internals");
        p.recordExam(LMS, exam, 71).then().statusCode(201);
        assertThat(p.record().getString("status")).isEqualTo("CERTIFIED");
        p.recordExam(LMS, exam, 95).then().statusCode(201); // a later attempt is kept, and issues nothing more
        assertThat(p.certificateCount()).isEqualTo(1);
    }

    @Test
    void examBeforeCompletionAndTheCompletionEventLast() {
        Program p = Program.next().onboard();
        UUID exam = p.defineExam("Storage internals", 70, true);
        p.recordExam(LMS, exam, 100).then().statusCode(201);
        Program.publish(p.completed());
        p.awaitCompleted();
        p.answerSurvey().then().statusCode(201);
        p.awaitRecord("CERTIFIED");
        assertThat(p.certificateCount()).isEqualTo(1);
    }

    @Test
    void onboardingArrivingLastIssuesAndRedeliveriesChangeNothing() {
        Program p = Program.next();
        UUID completedId = UUID.randomUUID();
        MentorshipCompleted completed = p.completed();
        Program.publish(completed, completedId);
        p.awaitCompleted();
        p.answerSurvey().then().statusCode(201); // allowed: completion is known, the onboarding facts not yet
        assertThat(p.record().getString("status")).isEqualTo("OPEN");

        UUID onboardedId = UUID.randomUUID();
        Program.publish(p.onboarded(), onboardedId);
        p.awaitRecord("CERTIFIED");
        given().auth()
                .oauth2(Program.COORDINATOR)
                .queryParam("version", Program.survey())
                .queryParam("projectId", p.projectId)
                .get("/api/v1/surveys/results")
                .then()
                .statusCode(200)
                .body("responses", org.hamcrest.Matchers.equalTo(1));
        Program.publish(completed, completedId);
        Program.publish(p.onboarded(), onboardedId);
        Program.publish(p.onboarded());
        Program.publish(p.completed()); // the same fact under a new event id
        Program.publish(p.terminated()); // a late termination does not undo a certificate
        // Sentinels after them on the same partitions of both topics: once applied, so is everything above.
        Program sentinel = p.sharingPartitions();
        Program.publish(sentinel.onboarded());
        Program.publish(sentinel.completed());
        sentinel.awaitCompleted();
        await().atMost(Duration.ofSeconds(30)).until(() -> sentinel.record().getString("menteeName") != null);

        assertThat(p.certificateCount()).isEqualTo(1);
        assertThat(p.record().getString("status")).isEqualTo("CERTIFIED");
    }

    @Test
    void aMissingRequiredExamBlocks() {
        Program p = Program.next().onboard();
        p.defineExam("Storage internals", 70, true);
        p.defineExam("Optional deep dive", 90, false);
        Program.publish(p.completed());
        p.awaitCompleted();
        p.answerSurvey().then().statusCode(201);
        assertThat(p.record().getString("status")).isEqualTo("OPEN");
        assertThat(p.record().getList("missing")).containsExactly("Exam: Storage internals");
        assertThat(p.certificateCount()).isZero();
    }

    @Test
    void aMissingSurveyBlocks() {
        Program p = Program.next().onboard();
        UUID exam = p.defineExam("Storage internals", 70, true);
        Program.publish(p.completed());
        p.awaitCompleted();
        p.recordExam(LMS, exam, 70).then().statusCode(201);
        assertThat(p.record().getList("missing")).containsExactly("Feedback survey answered");
        assertThat(p.certificateCount()).isZero();
    }

    @Test
    void requirementsMetAtTheSameMomentIssueOneCertificate() throws Exception {
        for (int round = 0; round < 3; round++) {
            Program p = Program.next().onboard();
            UUID exam1 = p.defineExam("Storage internals", 70, true);
            UUID exam2 = p.defineExam("Community basics", 50, true);
            Program.publish(p.completed());
            p.awaitCompleted();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Callable<Integer>> tasks = new ArrayList<>();
            tasks.add(() -> p.answerSurvey().statusCode());
            tasks.add(() -> p.recordExam(LMS, exam1, 90).statusCode());
            tasks.add(() -> p.recordExam(Program.COORDINATOR, exam1, 80).statusCode());
            tasks.add(() -> p.recordExam(LMS, exam2, 60).statusCode());
            tasks.add(() -> p.recordExam(Program.COORDINATOR, exam2, 99).statusCode());
            tasks.add(() -> {
                Program.publish(p.completed());
                return 201;
            });
            List<Future<Integer>> results = pool.invokeAll(tasks);
            pool.shutdown();
            for (Future<Integer> f : results) {
                assertThat(f.get()).isEqualTo(201);
            }
            p.awaitRecord("CERTIFIED");
            assertThat(p.certificateCount()).isEqualTo(1);
        }
    }

    @Test
    void certificateIssuedIsPublishedAndMatchesItsSchema() {
        Program p = Program.next();
        UUID certificate = p.certify();
        List<ConsumerRecord<String, String>> records = Program.kafka()
                .readUntil(
                        Topics.CERTIFICATES,
                        Duration.ofSeconds(30),
                        rs -> rs.stream().anyMatch(r -> r.value().contains(certificate.toString())));
        ConsumerRecord<String, String> issued = records.stream()
                .filter(r -> r.value().contains(certificate.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(issued.key()).isEqualTo(p.mentorshipId.toString());
        assertThat(new String(
                        issued.headers().lastHeader(CloudEventHeaders.TYPE).value()))
                .isEqualTo("CertificateIssued");
        EventSchemas.validate("CertificateIssued", issued.value());
        assertThat(issued.value()).contains(p.mentee, "/api/v1/certificates/verify/");
        given().auth()
                .oauth2(p.menteeToken)
                .get("/api/v1/certificates/" + certificate)
                .then()
                .statusCode(200);
    }
}
