package org.mentorship.application.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.contracts.events.CertificateIssued;
import org.mentorship.contracts.events.MentorshipCompleted;
import org.mentorship.contracts.events.MentorshipTerminated;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;

/** The mentorship's end, told by other services, shows on the applicant's status, once per event. */
@QuarkusTest
class MentorshipOutcomesTest {

    private final KafkaTestClient kafka = new KafkaTestClient(TestKafka.get().bootstrapServers());

    private static UUID[] onboarded() {
        String user = Scenario.unique("gus");
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        Scenario.acceptEarly(application).then().statusCode(200);
        given().auth()
                .oauth2(org.mentorship.testsupport.Tokens.mentee(user))
                .contentType("application/json")
                .body(java.util.Map.of("legalName", "Gus", "contractVersion", "2026.1"))
                .post("/api/v1/applications/" + application + "/onboarding/contract")
                .then()
                .statusCode(200);
        String mentorship = null;
        for (String step : new String[] {"identity-check", "tax-form", "payout-details"}) {
            mentorship = given().auth()
                    .oauth2(Scenario.COORDINATOR)
                    .contentType("application/json")
                    .post("/api/v1/applications/" + application + "/onboarding/hr-steps/" + step)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("mentorshipId");
        }
        return new UUID[] {application, UUID.fromString(mentorship)};
    }

    @Test
    void completionThenCertificateGraduatesAndARedeliveryChangesNothing() {
        UUID[] ids = onboarded();
        UUID completedEvent = UUID.randomUUID();
        MentorshipCompleted completed = new MentorshipCompleted(ids[1], "gus", UUID.randomUUID(), Instant.now());
        kafka.publish(completed, completedEvent, "/mentorship/evaluation-service");
        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(Scenario.status(ids[0])));
        int history = Scenario.historySize(ids[0]);
        kafka.publish(completed, completedEvent, "/mentorship/evaluation-service");

        kafka.publish(
                new CertificateIssued(
                        UUID.randomUUID(),
                        ids[1],
                        "gus",
                        "ABC-123",
                        "https://verify.example.org/ABC-123",
                        Instant.now()),
                UUID.randomUUID(),
                "/mentorship/certificate-service");
        await().atMost(Duration.ofSeconds(20)).until(() -> "GRADUATED".equals(Scenario.status(ids[0])));
        assertThat(Scenario.historySize(ids[0])).isEqualTo(history + 1);
    }

    @Test
    void aTerminatedMentorshipEnds() {
        UUID[] ids = onboarded();
        kafka.publish(
                new MentorshipTerminated(ids[1], "gus", "failed evaluation 2", Instant.now()),
                UUID.randomUUID(),
                "/mentorship/evaluation-service");
        await().atMost(Duration.ofSeconds(20)).until(() -> "ENDED".equals(Scenario.status(ids[0])));
    }
}
