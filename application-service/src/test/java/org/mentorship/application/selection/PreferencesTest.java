package org.mentorship.application.selection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

/**
 * Issue 18, the applicant's preference order through the API: she ranks exactly her applications of the term that
 * are not withdrawn; a wrong order is refused and the ranks read as before; the rank shows to her, coordinators and
 * the project's mentors, and is in her export.
 */
@QuarkusTest
class PreferencesTest {

    @Test
    void anApplicantRanksHerApplicationsAndEveryReaderSeesTheRank() {
        UUID term = Scenario.openTerm();
        String mentor = Scenario.unique("mia");
        UUID first = Scenario.project(term, 1, mentor);
        UUID second = Scenario.project(term, 1, "max");
        String user = Scenario.unique("ana");
        UUID a = Scenario.applicant(user, first);
        UUID b = Scenario.apply(user, second);

        rank(user, term, List.of(b, a))
                .statusCode(200)
                .body("applications.applicationId", contains(b.toString(), a.toString()))
                .body("applications.preferenceRank", contains(1, 2));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get(path(term))
                .then()
                .statusCode(200)
                .body("applications.applicationId", contains(b.toString(), a.toString()));

        for (String reader : List.of(Tokens.mentee(user), COORDINATOR, Tokens.mentor(mentor))) {
            given().auth()
                    .oauth2(reader)
                    .get("/api/v1/applications/" + a)
                    .then()
                    .statusCode(200)
                    .body("preferenceRank", equalTo(2));
        }
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/me/data")
                .then()
                .statusCode(200)
                .body("applications.find { it.application.id == '" + b + "' }.application.preferenceRank", equalTo(1));

        // A later order replaces the first.
        rank(user, term, List.of(a, b)).statusCode(200).body("applications.preferenceRank", contains(1, 2));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + b)
                .then()
                .body("preferenceRank", equalTo(2));
    }

    @Test
    void anOrderMustNameEachActiveApplicationOnceAndARefusalChangesNothing() {
        UUID term = Scenario.openTerm();
        UUID p1 = Scenario.project(term, 1, "mia");
        UUID p2 = Scenario.project(term, 1, "max");
        UUID p3 = Scenario.project(term, 1, "mo");
        String user = Scenario.unique("bea");
        UUID a = Scenario.applicant(user, p1);
        UUID b = Scenario.apply(user, p2);
        UUID withdrawn = Scenario.apply(user, p3);
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "changed my mind"))
                .post("/api/v1/applications/" + withdrawn + "/withdraw")
                .then()
                .statusCode(200);
        UUID someoneElses = Scenario.applicant(Scenario.unique("cy"), p1);
        rank(user, term, List.of(a, b)).statusCode(200);

        for (List<UUID> wrong :
                List.of(List.of(b), List.of(b, a, withdrawn), List.of(b, b, a), List.of(b, a, someoneElses))) {
            rank(user, term, wrong)
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "preferences-mismatch"));
        }

        // Nothing changed: the first order stands, the withdrawn application is not listed.
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get(path(term))
                .then()
                .body("applications", hasSize(2))
                .body("applications.applicationId", contains(a.toString(), b.toString()))
                .body("applications.preferenceRank", contains(1, 2));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + someoneElses)
                .then()
                .body("preferenceRank", nullValue());
    }

    @Test
    void onlyAMenteeRanksAndOnlyInATermThatExists() {
        UUID term = Scenario.openTerm();
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("applicationIds", List.of()))
                .put(path(term))
                .then()
                .statusCode(403);
        rank(Scenario.unique("dee"), UUID.randomUUID(), List.of()).statusCode(404);
        // Nobody with nothing to rank: an empty order is the whole of it.
        rank(Scenario.unique("dee"), term, List.of()).statusCode(200).body("applications", hasSize(0));
    }

    private static String path(UUID term) {
        return "/api/v1/terms/" + term + "/preferences";
    }

    private static ValidatableResponse rank(String user, UUID term, List<UUID> order) {
        return given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "applicationIds", order.stream().map(UUID::toString).toList()))
                .put(path(term))
                .then();
    }
}
