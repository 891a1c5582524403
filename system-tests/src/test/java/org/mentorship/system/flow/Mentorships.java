package org.mentorship.system.flow;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.launcher.LocalSystem;
import org.mentorship.testsupport.KafkaTestClient;

/** Sets up mentorships the way the program does, through the gateway and the events the services exchange. */
final class Mentorships {

    private final LocalSystem system;

    Mentorships(RunningSystem running) {
        this(running.system);
    }

    /** On any started system, e.g. the one `./mentorship up` runs (EventHopBench). */
    Mentorships(LocalSystem system) {
        this.system = system;
    }

    /**
     * A mentorship eligible for stipends: its project has a plan, application-service's MenteeOnboarded started it
     * (in evaluation-service and stipend-service), and the mentee gave payee details. The term began 90 days ago,
     * so every evaluation window is open.
     */
    UUID eligible(int evaluations) {
        UUID mentorship = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        String mentee = "mentee-" + mentorship;
        given().baseUri(gateway())
                .auth()
                .oauth2(system.token("fiona", "finance"))
                .contentType(ContentType.JSON)
                .body("{\"projectId\":\"" + project + "\",\"amountMinor\":300000,\"currency\":\"EUR\"}")
                .post("/api/v1/stipend-plans")
                .then()
                .statusCode(201);
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(90);
        new KafkaTestClient(system.kafkaBootstrap())
                .publish(
                        new MenteeOnboarded(
                                mentorship,
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                "Spring 2026",
                                project,
                                "Structured logging",
                                "CNSF",
                                mentee,
                                "Ana Okafor",
                                "ana@example.org",
                                List.of("mia"),
                                List.of(),
                                evaluations,
                                start,
                                start.plusDays(83),
                                Instant.now()),
                        UUID.randomUUID(),
                        "/mentorship/application-service");
        given().baseUri(gateway())
                .auth()
                .oauth2(system.token(mentee, "mentee"))
                .contentType(ContentType.JSON)
                .body("{\"payoutMethod\":\"BANK_TRANSFER\",\"accountHolder\":\"Ana Okafor\","
                        + "\"account\":\"DE89370400440532013000\",\"country\":\"DE\"}")
                .put("/api/v1/payees/me")
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> status("/api/v1/stipends/" + mentorship, "fiona", "finance") == 200
                        && status("/api/v1/mentorships/" + mentorship, "mia", "mentor") == 200);
        // No onboarding HR step here (MenteeOnboarded is published directly): finance confirms the tax form.
        given().baseUri(gateway())
                .auth()
                .oauth2(system.token("fiona", "finance"))
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payees/" + mentee + "/tax-form")
                .then()
                .statusCode(200);
        return mentorship;
    }

    /** Mentor mia passes evaluation {@code number}. */
    void pass(UUID mentorship, int number) {
        pass(mentorship, number, java.util.Map.of());
    }

    /** The same, with extra request headers (e.g. a traceparent). */
    void pass(UUID mentorship, int number, java.util.Map<String, String> headers) {
        given().baseUri(gateway())
                .headers(headers)
                .auth()
                .oauth2(system.token("mia", "mentor"))
                .contentType(ContentType.JSON)
                .body("{\"tasksAndMilestones\":4,\"engagement\":4,\"progressAgainstPlan\":4,"
                        + "\"commentsForMentee\":\"Good work\",\"outcome\":\"PASS\"}")
                .post("/api/v1/mentorships/" + mentorship + "/evaluations/" + number)
                .then()
                .statusCode(201)
                .body("number", equalTo(number));
    }

    private int status(String path, String user, String role) {
        return given().baseUri(gateway())
                .auth()
                .oauth2(system.token(user, role))
                .get(path)
                .statusCode();
    }

    private String gateway() {
        return system.gatewayUrl();
    }
}
