package org.mentorship.application.selection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.application.policy.WaitlistPolicy;
import org.mentorship.application.service.ReviewCloser;
import org.mentorship.testsupport.Tokens;

/**
 * Issue 18, a waitlist per project through the API: a coordinator waitlists under the acceptance's rules; when an
 * accepted applicant withdraws, the first waitlisted is accepted into the freed slot as by a normal acceptance; the
 * waitlist outlives the review and closes when the program starts.
 */
@QuarkusTest
class WaitlistTest {

    private static final Map<String, Object> WAITLIST =
            Map.of("outcome", "WAITLIST", "overrideReason", "test: decide early");

    @Inject
    EntityManager em;

    @Inject
    ReviewCloser closer;

    @Test
    void theFirstWaitlistedApplicantIsAcceptedIntoTheSlotAnAcceptedOneFrees() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String ana = Scenario.unique("ana");
        String bea = Scenario.unique("bea");
        String cid = Scenario.unique("cid");
        UUID accepted = ready(ana, project);
        UUID first = ready(bea, project);
        UUID second = ready(cid, project);
        Scenario.acceptEarly(accepted).then().statusCode(200);
        Scenario.acceptEarly(first).then().statusCode(409).body("type", equalTo(PROBLEMS + "no-free-slot"));

        Scenario.decide(first, WAITLIST).then().statusCode(200).body("status", equalTo("WAITLISTED"));
        Scenario.decide(second, WAITLIST).then().statusCode(200);
        given().auth()
                .oauth2(Tokens.mentee(bea))
                .get("/api/v1/applications/" + first)
                .then()
                .body("status", equalTo("WAITLISTED"))
                .body("decidedAt", nullValue())
                .body("nextStep.action", equalTo("AWAIT_FREED_SLOT"));
        notifications(first).then().body("", hasSize(0));

        withdraw(ana, accepted).then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        given().auth()
                .oauth2(Tokens.mentee(bea))
                .get("/api/v1/applications/" + first)
                .then()
                .body("status", equalTo("ACCEPTED"))
                .body("decisionReason", equalTo(WaitlistPolicy.OFFERED_FREED_SLOT))
                .body("nextStep.action", equalTo("SIGN_CONTRACT"));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + first + "/history")
                .then()
                .body("[-1].from", equalTo("WAITLISTED"))
                .body("[-1].to", equalTo("ACCEPTED"))
                .body("[-1].actor", equalTo("system:waitlist"))
                .body("[-1].reason", equalTo(WaitlistPolicy.OFFERED_FREED_SLOT));
        notifications(first).then().body("", hasSize(1)).body("[0].subject", startsWith("You were accepted"));
        assertThat(acceptedEvents(first)).isEqualTo(1);
        // The second waits on: the one slot is taken again.
        assertThat(Scenario.status(second)).isEqualTo("WAITLISTED");
    }

    @Test
    void aWaitlistOnADecidedOrWaitlistedApplicationIsRefusedAndChangesNothing() {
        UUID project = Scenario.project(Scenario.openTerm(), 2, "mia");
        String ana = Scenario.unique("ana");
        String bea = Scenario.unique("bea");
        UUID accepted = ready(ana, project);
        UUID waitlisted = ready(bea, project);
        Scenario.acceptEarly(accepted).then().statusCode(200);
        Scenario.decide(waitlisted, WAITLIST).then().statusCode(200);
        int acceptedHistory = Scenario.historySize(accepted);
        int waitlistedHistory = Scenario.historySize(waitlisted);

        for (UUID application : new UUID[] {accepted, waitlisted}) {
            Scenario.decide(application, WAITLIST)
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "application-not-open"));
        }

        assertThat(Scenario.status(accepted)).isEqualTo("ACCEPTED");
        assertThat(Scenario.status(waitlisted)).isEqualTo("WAITLISTED");
        assertThat(Scenario.historySize(accepted)).isEqualTo(acceptedHistory);
        assertThat(Scenario.historySize(waitlisted)).isEqualTo(waitlistedHistory);
        // A waitlisted application can still be accepted directly (here a slot is free).
        Scenario.acceptEarly(waitlisted).then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void waitlistingFollowsTheAcceptanceRulesAndOnlyACoordinatorWaitlists() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String ana = Scenario.unique("ana");
        UUID application = Scenario.applicant(ana, project);

        Scenario.decide(application, WAITLIST)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "prerequisites-incomplete"));
        Scenario.completePrerequisites(ana, "mia", application);
        Scenario.decide(application, Map.of("outcome", "WAITLIST"))
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "review-minimum-not-reached"));
        for (String token : new String[] {Tokens.mentor("mia"), Tokens.mentee(ana)}) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(WAITLIST)
                    .post("/api/v1/applications/" + application + "/decision")
                    .then()
                    .statusCode(403);
        }

        assertThat(Scenario.status(application)).isEqualTo("SUBMITTED");
        assertThat(Scenario.historySize(application)).isEqualTo(1);
    }

    @Test
    void leavingTheWaitlistFreesNoSlotAndAnApplicantAcceptedElsewhereLeavesIt() {
        UUID term = Scenario.openTerm();
        UUID project = Scenario.project(term, 1, "mia");
        UUID elsewhere = Scenario.project(term, 1, "max");
        String ana = Scenario.unique("ana");
        String bea = Scenario.unique("bea");
        String cid = Scenario.unique("cid");
        UUID accepted = ready(ana, project);
        UUID beaHere = ready(bea, project);
        UUID beaThere = Scenario.apply(bea, elsewhere);
        Scenario.completePrerequisites(bea, "max", beaThere);
        UUID cidHere = ready(cid, project);
        Scenario.acceptEarly(accepted).then().statusCode(200);
        Scenario.decide(beaHere, WAITLIST).then().statusCode(200);
        Scenario.decide(cidHere, WAITLIST).then().statusCode(200);

        // Bea is accepted by the other project: she leaves this waitlist.
        Scenario.acceptEarly(beaThere).then().statusCode(200);
        assertThat(Scenario.status(beaHere)).isEqualTo("WITHDRAWN");
        // Cid leaves the waitlist himself: no slot is freed, ana keeps hers.
        withdraw(cid, cidHere).then().statusCode(200);
        assertThat(Scenario.status(accepted)).isEqualTo("ACCEPTED");

        // Ana declines: nobody is left on the waitlist, the slot stays free.
        withdraw(ana, accepted).then().statusCode(200);
        assertThat(Scenario.status(beaHere)).isEqualTo("WITHDRAWN");
        assertThat(Scenario.status(cidHere)).isEqualTo("WITHDRAWN");
        assertThat(Scenario.status(beaThere)).isEqualTo("ACCEPTED");
    }

    @Test
    void theWaitlistOutlivesTheReviewAndClosesWhenTheProgramStarts() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String ana = Scenario.unique("ana");
        String bea = Scenario.unique("bea");
        String cid = Scenario.unique("cid");
        UUID accepted = ready(ana, project);
        UUID first = ready(bea, project);
        UUID second = ready(cid, project);
        Scenario.acceptEarly(accepted).then().statusCode(200);
        Scenario.decide(first, WAITLIST).then().statusCode(200);
        Scenario.decide(second, WAITLIST).then().statusCode(200);

        Scenario.advance(Duration.ofDays(16).plusMinutes(1)); // the review ended
        closer.runNow();
        assertThat(Scenario.status(first)).isEqualTo("WAITLISTED");
        withdraw(ana, accepted).then().statusCode(200);
        assertThat(Scenario.status(first)).isEqualTo("ACCEPTED");

        Scenario.advance(Duration.ofDays(27)); // the program started (40 days after applications closed)
        closer.runNow();
        given().auth()
                .oauth2(Tokens.mentee(cid))
                .get("/api/v1/applications/" + second)
                .then()
                .body("status", equalTo("REJECTED"))
                .body("decisionReason", equalTo(WaitlistPolicy.CLOSED_AT_PROGRAM_START));
        assertThat(Scenario.status(first)).isEqualTo("ACCEPTED");
    }

    /** An applicant whose prerequisites are approved: ready to be decided. */
    private static UUID ready(String user, UUID project) {
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        return application;
    }

    private static Response withdraw(String user, UUID application) {
        return given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "took a job"))
                .post("/api/v1/applications/" + application + "/withdraw");
    }

    private static Response notifications(UUID application) {
        return given().auth().oauth2(COORDINATOR).get("/api/v1/applications/" + application + "/notifications");
    }

    private long acceptedEvents(UUID application) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from outbox_event where type = 'ApplicationAccepted' and payload ->> 'applicationId' = ?1")
                                .setParameter(1, application.toString())
                                .getSingleResult())
                        .longValue());
    }
}
