package org.mentorship.application.selection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.application.policy.SelectionPolicy;
import org.mentorship.application.policy.WaitlistPolicy;
import org.mentorship.testsupport.Tokens;

/**
 * Issue 18, an applicant accepted by two projects keeps the one she ranked higher: the other is released and its
 * slot goes to its waitlist. Without ranks (or against them) a second acceptance is refused and changes nothing.
 */
@QuarkusTest
class DoubleAcceptanceTest {

    @Test
    void acceptedByAProjectSheRankedHigherSheKeepsItAndTheOtherSlotGoesToItsWaitlist() {
        UUID term = Scenario.openTerm();
        UUID preferred = Scenario.project(term, 1, "mia");
        UUID fallback = Scenario.project(term, 1, "mia");
        String ana = Scenario.unique("ana");
        String bea = Scenario.unique("bea");
        UUID high = ready(ana, preferred);
        UUID low = Scenario.apply(ana, fallback);
        Scenario.completePrerequisites(ana, "mia", low);
        UUID waiting = ready(bea, fallback);
        rank(ana, term, List.of(high, low));

        Scenario.acceptEarly(low).then().statusCode(200);
        assertThat(Scenario.status(high)).as("ranked higher: stays open").isEqualTo("SUBMITTED");
        Scenario.decide(waiting, Map.of("outcome", "WAITLIST", "overrideReason", "test: decide early"))
                .then()
                .statusCode(200);

        Scenario.acceptEarly(high).then().statusCode(200).body("status", equalTo("ACCEPTED"));

        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + low + "/history")
                .then()
                .body("[-1].from", equalTo("ACCEPTED"))
                .body("[-1].to", equalTo("WITHDRAWN"))
                .body("[-1].reason", equalTo(SelectionPolicy.HIGHER_PREFERENCE));
        given().auth()
                .oauth2(Tokens.mentee(bea))
                .get("/api/v1/applications/" + waiting)
                .then()
                .body("status", equalTo("ACCEPTED"))
                .body("decisionReason", equalTo(WaitlistPolicy.OFFERED_FREED_SLOT));
    }

    @Test
    void aSecondAcceptanceAgainstHerRanksIsRefusedAndChangesNothing() {
        UUID term = Scenario.openTerm();
        UUID first = Scenario.project(term, 1, "mia");
        UUID second = Scenario.project(term, 1, "mia");
        String ana = Scenario.unique("ana");
        UUID a = ready(ana, first);
        UUID b = Scenario.apply(ana, second);
        Scenario.completePrerequisites(ana, "mia", b);
        rank(ana, term, List.of(a, b));
        Scenario.acceptEarly(b).then().statusCode(200); // a, ranked higher, stays open
        rank(ana, term, List.of(b, a)); // she now prefers the one she holds
        int history = Scenario.historySize(a);

        Scenario.acceptEarly(a)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "already-accepted-in-term"));

        assertThat(Scenario.status(b)).isEqualTo("ACCEPTED");
        assertThat(Scenario.status(a)).isEqualTo("SUBMITTED");
        assertThat(Scenario.historySize(a)).isEqualTo(history);
    }

    @Test
    void withoutRanksAnAcceptanceWithdrawsHerOtherApplicationsAsBefore() {
        UUID term = Scenario.openTerm();
        String ana = Scenario.unique("ana");
        UUID a = ready(ana, Scenario.project(term, 1, "mia"));
        UUID b = Scenario.apply(ana, Scenario.project(term, 1, "mia"));
        Scenario.acceptEarly(a).then().statusCode(200);
        assertThat(Scenario.status(b)).isEqualTo("WITHDRAWN");
    }

    private static UUID ready(String user, UUID project) {
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        return application;
    }

    private static void rank(String user, UUID term, List<UUID> order) {
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "applicationIds", order.stream().map(UUID::toString).toList()))
                .put("/api/v1/terms/" + term + "/preferences")
                .then()
                .statusCode(200);
    }
}
