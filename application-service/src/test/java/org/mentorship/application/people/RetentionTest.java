package org.mentorship.application.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.application.service.RetentionJob;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
class RetentionTest {

    @Inject
    RetentionJob retention;

    @Inject
    EntityManager em;

    @Test
    void applicantsNeverAcceptedArePseudonymisedAYearAfterTheirTermEnded() {
        UUID term = Scenario.openTerm();
        UUID project = Scenario.project(term, 1, "mia");
        String rejected = Scenario.unique("rita");
        String accepted = Scenario.unique("abe");
        UUID rejection = Scenario.applicant(rejected, project);
        UUID acceptance = Scenario.applicant(accepted, project);
        Scenario.decide(rejection, Map.of("outcome", "REJECT", "reason", "not this time"))
                .then()
                .statusCode(200);
        Scenario.completePrerequisites(accepted, "mia", acceptance);
        Scenario.acceptEarly(acceptance).then().statusCode(200);

        // The term's program ends about 132 days from now; 365 days after that is not yet reached at +400.
        Scenario.advance(Duration.ofDays(400));
        runUntilDone();
        assertThat(name(rejected)).isEqualTo("Name of " + rejected);

        Scenario.advance(Duration.ofDays(100));
        runUntilDone();
        assertThat(name(rejected)).startsWith("erased-");
        assertThat(name(accepted)).as("once accepted, kept").isEqualTo("Name of " + accepted);
        assertThat(Outboxed.payloads(em, "PersonErased", rejected)).hasSize(1);
        given().auth()
                .oauth2(Scenario.COORDINATOR)
                .queryParam("size", 100)
                .get("/api/v1/erasure-requests")
                .then()
                .body("items.find { it.personId == '" + rejected + "' }.origin", equalTo("RETENTION"))
                .body("items.find { it.personId == '" + rejected + "' }.pseudonym", startsWith("erased-"));

        // A second run, or the person asking afterwards, changes nothing more.
        runUntilDone();
        ErasureTest.erase(rejected).then().statusCode(202).body("origin", equalTo("RETENTION"));
        assertThat(Outboxed.payloads(em, "PersonErased", rejected)).hasSize(1);
    }

    private void runUntilDone() {
        while (retention.runNow() > 0) {
            // a batch at a time: the earlier tests' applicants are due too
        }
    }

    private static String name(String user) {
        return given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applicants/me")
                .then()
                .statusCode(200)
                .extract()
                .path("name");
    }
}
