package org.mentorship.application.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

/**
 * Issue 18, bulk work: many decisions, one HR step for many mentees. Each item runs through its single endpoint in a
 * transaction of its own: a refused item (a rule, self-dealing, another organisation) leaves the items before and
 * after it done. A bad batch (none, over 200, one application twice) is refused whole with nothing done.
 */
@QuarkusTest
class BulkWorkTest {

    private static final String DECISIONS = "/api/v1/applications/decisions";
    private static final String HR_STEPS = "/api/v1/onboarding/hr-steps";

    @Test
    void eachDecisionStandsOnItsOwnAndAnotherOrganisationsIsNotFound() {
        String org = Scenario.unique("OrgA");
        String olgaId = Scenario.unique("olga");
        String olga = Tokens.orgAdmin(olgaId, org);
        UUID term = Scenario.openTerm();
        UUID mine = Orgs.project(term, org, "mia", 1);
        UUID theirs = Orgs.project(term, Scenario.unique("OrgB"), "max", 1);
        UUID first = Orgs.applicant(mine, "EMAIL");
        UUID noSlotLeft = Orgs.applicant(mine, "EMAIL");
        UUID rejected = Orgs.applicant(mine, "EMAIL");
        UUID notHers = Orgs.applicant(theirs, "EMAIL");
        Scenario.profile(olgaId, "EMAIL");
        UUID own = Scenario.apply(olgaId, mine);
        UUID absent = UUID.randomUUID();

        Orgs.post(
                        olga,
                        DECISIONS,
                        Map.of(
                                "items",
                                List.of(
                                        accept(first),
                                        accept(noSlotLeft),
                                        Map.of("applicationId", rejected, "outcome", "REJECT", "reason", "Too late"),
                                        accept(notHers),
                                        accept(own),
                                        accept(absent))))
                .then()
                .statusCode(200)
                .body("done", equalTo(2))
                .body("refused", equalTo(2))
                .body("notFound", equalTo(2))
                .body("items.applicationId", contains(ids(first, noSlotLeft, rejected, notHers, own, absent)))
                .body("items.result", contains("DONE", "REFUSED", "DONE", "NOT_FOUND", "REFUSED", "NOT_FOUND"))
                .body("items[0].status", equalTo("ACCEPTED"))
                .body("items[1].problem.type", equalTo(PROBLEMS + "no-free-slot"))
                .body("items[1].problem.status", equalTo(409))
                .body("items[2].status", equalTo("REJECTED"))
                .body("items[3].problem.type", equalTo(PROBLEMS + "not-found"))
                .body("items[4].problem.type", equalTo(PROBLEMS + "self-dealing"));

        // The refusals rolled back only themselves.
        assertThat(Scenario.status(first)).isEqualTo("ACCEPTED");
        assertThat(Scenario.status(noSlotLeft)).isEqualTo("SUBMITTED");
        assertThat(Scenario.status(rejected)).isEqualTo("REJECTED");
        assertThat(Scenario.status(notHers)).isEqualTo("SUBMITTED");
        assertThat(Scenario.status(own)).isEqualTo("SUBMITTED");
    }

    @Test
    void aBadBatchIsRefusedWholeWithNothingDecided() {
        UUID project = Scenario.project(Scenario.openTerm(), 5, "mia");
        UUID application = Orgs.applicant(project, "EMAIL");
        List<Map<String, Object>> tooMany = new ArrayList<>(List.of(accept(application)));
        for (int i = 0; i < 200; i++) {
            tooMany.add(accept(UUID.randomUUID()));
        }
        Orgs.post(COORDINATOR, DECISIONS, Map.of("items", tooMany))
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "batch-invalid"));
        Orgs.post(COORDINATOR, DECISIONS, Map.of("items", List.of(accept(application), accept(application))))
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "batch-invalid"));
        Orgs.post(COORDINATOR, DECISIONS, Map.of("items", List.of())).then().statusCode(422);
        assertThat(Scenario.status(application)).isEqualTo("SUBMITTED");

        Orgs.post(Tokens.mentor("mia"), DECISIONS, Map.of("items", List.of(accept(application))))
                .then()
                .statusCode(403);
        assertThat(Scenario.status(application)).isEqualTo("SUBMITTED");
    }

    @Test
    void oneHrStepIsCheckedOffForManyMenteesEachOnItsOwn() {
        String org = Scenario.unique("OrgA");
        String olga = Tokens.orgAdmin(Scenario.unique("olga"), org);
        UUID term = Scenario.openTerm();
        UUID mine = Orgs.project(term, org, "mia", 5);
        UUID theirs = Orgs.project(term, Scenario.unique("OrgB"), "max", 5);
        UUID ready = accepted(mine);
        UUID doneBefore = accepted(mine);
        UUID notAccepted = Orgs.applicant(mine, "EMAIL");
        UUID notHers = accepted(theirs);
        Orgs.post(COORDINATOR, "/api/v1/applications/" + doneBefore + "/onboarding/hr-steps/tax-form", Map.of())
                .then()
                .statusCode(200);

        Orgs.post(
                        olga,
                        HR_STEPS,
                        Map.of("step", "tax-form", "applicationIds", ids(ready, doneBefore, notAccepted, notHers)))
                .then()
                .statusCode(200)
                .body("done", equalTo(1))
                .body("refused", equalTo(2))
                .body("notFound", equalTo(1))
                .body("items.result", contains("DONE", "REFUSED", "REFUSED", "NOT_FOUND"))
                .body("items[1].problem.type", equalTo(PROBLEMS + "hr-step-done"))
                .body("items[2].problem.type", equalTo(PROBLEMS + "not-accepted"));

        assertThat(taxFormDone(ready)).isTrue();
        assertThat(taxFormDone(notHers)).isFalse();
        Orgs.post(olga, HR_STEPS, Map.of("step", "tax-form", "applicationIds", ids(ready, ready)))
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "batch-invalid"));
    }

    private static Map<String, Object> accept(UUID application) {
        Map<String, Object> item = new HashMap<>();
        item.put("applicationId", application.toString());
        item.put("outcome", "ACCEPT");
        item.put("overrideReason", "test: decide early");
        return item;
    }

    private static UUID accepted(UUID project) {
        UUID application = Orgs.applicant(project, "EMAIL");
        Scenario.acceptEarly(application).then().statusCode(200);
        return application;
    }

    private static boolean taxFormDone(UUID application) {
        return Orgs.get(COORDINATOR, "/api/v1/applications/" + application + "/onboarding")
                .then()
                .statusCode(200)
                .extract()
                .path("hrSteps.find { it.step == 'tax-form' }.done");
    }

    private static String[] ids(UUID... ids) {
        return java.util.Arrays.stream(ids).map(UUID::toString).toArray(String[]::new);
    }
}
