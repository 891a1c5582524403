package org.mentorship.application.mentors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

/**
 * Issue 18, a mentor's capacity at acceptance (MentorCapacityPolicy): her accepted-or-onboarded mentees of the term,
 * over every project she actively mentors, stay below the capacity she took; an acceptance past it is refused (409
 * mentor-at-capacity naming her) and changes nothing, and a freed slot is not offered to the waitlist past it.
 */
@QuarkusTest
class MentorCapacityTest {

    @Inject
    EntityManager em;

    @Test
    void anAcceptancePastAnActiveMentorsCapacityIsRefusedAndChangesNothing() {
        UUID term = Scenario.openTerm();
        UUID first = Scenario.project(term, 3, "mia");
        UUID second = Scenario.project(term, 3, "mia");
        String max = Scenario.unique("max");
        Mentors.active(first, max, 1);
        Mentors.active(second, max, 2);
        UUID ana = ready(first);
        UUID bea = ready(first);
        UUID cid = ready(second);
        UUID dan = ready(second);

        Scenario.acceptEarly(ana).then().statusCode(200);
        int history = Scenario.historySize(bea);
        long accepted = acceptedEvents();
        Scenario.acceptEarly(bea)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "mentor-at-capacity"))
                .body("detail", containsString(max));
        assertThat(Scenario.status(bea)).isEqualTo("SUBMITTED");
        assertThat(Scenario.historySize(bea)).isEqualTo(history);
        assertThat(acceptedEvents()).isEqualTo(accepted);

        // Her mentees are counted over both projects: one on the first, room for one more on the second (2).
        Scenario.acceptEarly(cid).then().statusCode(200);
        Scenario.acceptEarly(dan).then().statusCode(409).body("type", equalTo(PROBLEMS + "mentor-at-capacity"));
        assertThat(Scenario.status(dan)).isEqualTo("SUBMITTED");

        // Mentors named at the project's creation (mia) have no limit; once max resigns, nothing holds it back.
        Mentors.resign(Tokens.mentor(max), second, max).then().statusCode(200);
        Scenario.acceptEarly(dan).then().statusCode(200);
    }

    @Test
    void aFreedSlotIsNotOfferedPastAMentorsCapacityAndTheWaitlistWaits() {
        UUID term = Scenario.openTerm();
        UUID first = Scenario.project(term, 1, "mia");
        UUID second = Scenario.project(term, 3, "mia");
        String max = Scenario.unique("max");
        Mentors.active(first, max, 1);
        Mentors.active(second, max, 5);
        UUID ana = ready(first);
        String beaUser = Scenario.unique("bea");
        UUID bea = Scenario.applicant(beaUser, first);
        Scenario.completePrerequisites(beaUser, "mia", bea);
        UUID cid = ready(second);
        Scenario.acceptEarly(ana).then().statusCode(200);
        Scenario.decide(bea, Map.of("outcome", "WAITLIST", "overrideReason", "test: decide early"))
                .then()
                .statusCode(200);
        Scenario.acceptEarly(cid).then().statusCode(200); // max: ana and cid, 2 of the 5 she takes on the second

        // Ana leaves: max still has cid, her 1 on the first project is taken, so bea waits.
        withdraw(applicantOf(ana), ana);
        assertThat(Scenario.status(bea)).isEqualTo("WAITLISTED");
        Scenario.acceptEarly(bea).then().statusCode(409).body("type", equalTo(PROBLEMS + "mentor-at-capacity"));

        // Cid leaves too: max has room, and a coordinator accepts bea into the free slot.
        withdraw(applicantOf(cid), cid);
        Scenario.acceptEarly(bea).then().statusCode(200);
    }

    private static UUID ready(UUID project) {
        String user = Scenario.unique("ana");
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        return application;
    }

    private static String applicantOf(UUID application) {
        return given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application)
                .then()
                .extract()
                .path("applicantId");
    }

    private static void withdraw(String user, UUID application) {
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "took a job"))
                .post("/api/v1/applications/" + application + "/withdraw")
                .then()
                .statusCode(200);
    }

    private long acceptedEvents() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from outbox_event where type = 'ApplicationAccepted'")
                                .getSingleResult())
                        .longValue());
    }
}
