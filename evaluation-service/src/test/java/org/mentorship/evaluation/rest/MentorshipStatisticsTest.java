package org.mentorship.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.evaluation.support.Plans;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/** A term's statistics per project, for coordinators: outcomes, rates of the ended, means of final scores. */
@QuarkusTest
class MentorshipStatisticsTest {

    private static final String STATISTICS = "/api/v1/mentorships/statistics";

    private final String mentor = Program.user("mia");
    private final UUID term = UUID.randomUUID();
    private final UUID logging = UUID.randomUUID();
    private final UUID metrics = UUID.randomUUID();

    @Test
    void aTermOfMixedOutcomesPerProject() {
        // Logging: one completed (3 passes at 4/5/3), one ended early, one active (one pass at 2/3/2).
        String ana = Program.user("ana");
        UUID completed = start(ana, logging, "Add structured logging", 90);
        Plans.taskIds(completed).forEach(task -> Plans.finish(ana, mentor, completed, task));
        for (int number = 1; number <= 3; number++) {
            Program.submit(mentor, completed, number, "PASS").then().statusCode(201);
        }
        UUID ended = start(Program.user("ben"), logging, "Add structured logging", 25);
        Program.asCoordinator("POST", "/api/v1/mentorships/" + ended + "/end", "{\"reason\":\"Left the program\"}")
                .then()
                .statusCode(200);
        UUID active = start(Program.user("cai"), logging, "Add structured logging", 25);
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .contentType(ContentType.JSON)
                .body("{\"tasksAndMilestones\":2,\"engagement\":3,\"progressAgainstPlan\":2,"
                        + "\"commentsForMentee\":\"Slower month\",\"outcome\":\"PASS\"}")
                .post("/api/v1/mentorships/" + active + "/evaluations/1")
                .then()
                .statusCode(201);
        // Metrics: one FAIL under review, not final: no score counted, nothing ended.
        UUID failing = start(Program.user("dan"), metrics, "Export metrics", 25);
        Program.submit(mentor, failing, 1, "FAIL").then().statusCode(201);

        Program.asCoordinator("GET", STATISTICS + "?termId=" + term, null)
                .then()
                .statusCode(200)
                .body("termId", equalTo(term.toString()))
                .body("projects", hasSize(2))
                .body("projects[0].projectId", equalTo(logging.toString()))
                .body("projects[0].mentorships", equalTo(3))
                .body("projects[0].active", equalTo(1))
                .body("projects[0].completed", equalTo(1))
                .body("projects[0].terminated", equalTo(1))
                .body("projects[0].completionRate", equalTo(0.5f))
                .body("projects[0].terminationRate", equalTo(0.5f))
                .body("projects[0].evaluationsScored", equalTo(4))
                .body("projects[0].meanTasksAndMilestones", equalTo(3.5f))
                .body("projects[0].meanEngagement", equalTo(4.5f))
                .body("projects[0].meanProgressAgainstPlan", equalTo(2.75f))
                .body("projects[1].projectId", equalTo(metrics.toString()))
                .body("projects[1].mentorships", equalTo(1))
                .body("projects[1].active", equalTo(1))
                .body("projects[1].completionRate", nullValue())
                .body("projects[1].evaluationsScored", equalTo(0))
                .body("projects[1].meanEngagement", nullValue());
    }

    @Test
    void anUnknownTermHasNoProjects() {
        Program.asCoordinator("GET", STATISTICS + "?termId=" + UUID.randomUUID(), null)
                .then()
                .statusCode(200)
                .body("projects", empty());
    }

    @Test
    void onlyCoordinatorsReadThemAndATermIsRequired() {
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get(STATISTICS + "?termId=" + term)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.mentee("ana"))
                .get(STATISTICS + "?termId=" + term)
                .then()
                .statusCode(403);
        Program.asCoordinator("GET", STATISTICS, null)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentorship.example.org/problems/validation-failed"));
    }

    /** A 3-evaluation mentorship of this test's term on {@code project}, started {@code daysAgo} days ago. */
    private UUID start(String mentee, UUID project, String title, int daysAgo) {
        LocalDate start = Program.today().minusDays(daysAgo);
        MenteeOnboarded e = Program.onboarded(mentee, List.of(mentor), 3, start, start.plusDays(83));
        return Program.start(new MenteeOnboarded(
                e.mentorshipId(),
                e.applicationId(),
                term,
                e.termName(),
                project,
                title,
                e.organization(),
                e.menteeId(),
                e.menteeName(),
                e.menteeEmail(),
                e.mentorIds(),
                e.mentorContacts(),
                e.evaluationCount(),
                e.programStart(),
                e.programEnd(),
                e.onboardedAt(),
                e.menteeCountry()));
    }
}
