package org.mentorship.application.mentors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.events.MentorAssigned;
import org.mentorship.contracts.events.MentorRemoved;
import org.mentorship.testsupport.Tokens;

/**
 * Issue 18, a mentor replaced: her successor's acceptance makes her REPLACED in the same transaction, with
 * MentorAssigned then MentorRemoved(REPLACED) in the outbox; a resigned mentor's place is taken without a second
 * removal; a coordinator's edit of the project's mentorIds goes through the same assignments and events.
 */
@QuarkusTest
class MentorReplacementTest {

    @Test
    void aPrimaryMentorIsReplacedWhenHerSuccessorAccepts() {
        UUID project = Scenario.project(Scenario.openTerm(), 2, "mia");
        String max = Scenario.unique("max");
        String moe = Scenario.unique("moe");
        // A second PRIMARY is refused unless she replaces the active one.
        Mentors.invite(COORDINATOR, project, Mentors.invitation(moe, "PRIMARY", 2, null))
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "primary-mentor-taken"));
        Mentors.invited(project, max, "PRIMARY", 2, "mia");
        // Until she accepts, mia is the project's mentor.
        assertThat(Mentors.activeMentorIds(project)).containsExactly("mia");

        Mentors.accept(max, project, Mentors.AGREEMENT_VERSION)
                .then()
                .statusCode(200)
                .body("role", equalTo("PRIMARY"))
                .body("replacesMentorId", equalTo("mia"));

        Mentors.list(COORDINATOR, project)
                .then()
                .body("mentorId", contains("mia", max))
                .body("status", contains("REPLACED", "ACTIVE"))
                .body("[0].replacedBy", equalTo(max));
        assertThat(Mentors.activeMentorIds(project)).containsExactly(max);
        assertThat(Mentors.history(project, "mia")).last().isEqualTo("ACTIVE>REPLACED:replaced by " + max);
        List<String> assigned = Mentors.outboxed("MentorAssigned", project);
        List<String> removed = Mentors.outboxed("MentorRemoved", project);
        assertThat(assigned).hasSize(1);
        assertThat(removed).hasSize(1);
        MentorAssigned in = EventJson.read(MentorAssigned.class, assigned.get(0));
        MentorRemoved out = EventJson.read(MentorRemoved.class, removed.get(0));
        assertThat(in.mentorId()).isEqualTo(max);
        assertThat(in.mentorRole()).isEqualTo(MentorAssigned.PRIMARY);
        assertThat(in.replacesMentorId()).isEqualTo("mia");
        assertThat(out.mentorId()).isEqualTo("mia");
        assertThat(out.reason()).isEqualTo(MentorRemoved.REPLACED);
        assertThat(out.replacedBy()).isEqualTo(max);
        assertThat(eventOrder(project)).containsExactly("MentorAssigned", "MentorRemoved");

        // mia no longer mentors the project; a replaced mentor resigns no more.
        Mentors.list(Tokens.mentor("mia"), project).then().statusCode(403);
        Mentors.resign(COORDINATOR, project, "mia")
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "mentor-not-active"));
    }

    @Test
    void aResignedMentorsPlaceIsTakenWithoutASecondRemoval() {
        UUID project = Scenario.project(Scenario.openTerm(), 2, "mia");
        String max = Scenario.unique("max");
        String zoe = Scenario.unique("zoe");
        Mentors.active(project, max, 2);
        Mentors.resign(Tokens.mentor(max), project, max).then().statusCode(200);

        Mentors.invited(project, zoe, "CO_MENTOR", 2, max);
        Mentors.accept(zoe, project, Mentors.AGREEMENT_VERSION).then().statusCode(200);

        Mentors.list(COORDINATOR, project)
                .then()
                .body("mentorId", contains("mia", max, zoe))
                .body("status", contains("ACTIVE", "RESIGNED", "ACTIVE"))
                .body("[1].replacedBy", equalTo(zoe));
        assertThat(Mentors.activeMentorIds(project)).containsExactlyInAnyOrder("mia", zoe);
        assertThat(Mentors.outboxed("MentorRemoved", project)).hasSize(1);
        assertThat(Mentors.outboxed("MentorAssigned", project)).hasSize(2);
        // She left: she may be invited again, as a new assignment.
        Mentors.invited(project, max, "CO_MENTOR", 1, null);
        Mentors.list(COORDINATOR, project).then().body("status", contains("ACTIVE", "RESIGNED", "ACTIVE", "INVITED"));
    }

    @Test
    void aCoordinatorsEditOfTheMentorIdsAddsAndRemovesAssignmentsWithTheirEvents() {
        UUID term = Scenario.openTerm();
        Map<String, Object> body = Scenario.projectBody(term, 2, "mia", 1);
        UUID project = Scenario.createProject(body);
        String zed = Scenario.unique("zed");
        String invited = Scenario.unique("ivy");
        Mentors.invited(project, invited, "CO_MENTOR", 2, null);
        body.put("mentorIds", List.of(zed));
        body.put("mentorEmails", Map.of(zed, zed + "@example.org"));

        // An invited mentor becomes one by accepting, not by an edit: refused, nothing changed.
        body.put("mentorIds", List.of(zed, invited));
        put(project, body, version(project))
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "mentor-already-on-project"));
        assertThat(Mentors.activeMentorIds(project)).containsExactly("mia");
        assertThat(Mentors.outboxed("MentorRemoved", project)).isEmpty();

        body.put("mentorIds", List.of(zed));
        put(project, body, version(project)).then().statusCode(200);

        Mentors.list(COORDINATOR, project)
                .then()
                .body("mentorId", contains("mia", invited, zed))
                .body("status", contains("RESIGNED", "INVITED", "ACTIVE"))
                .body("[2].origin", equalTo("EDIT"))
                .body("[2].role", equalTo("PRIMARY"))
                .body("[2].email", equalTo(zed + "@example.org"));
        assertThat(EventJson.read(
                                MentorRemoved.class,
                                Mentors.outboxed("MentorRemoved", project).get(0))
                        .mentorId())
                .isEqualTo("mia");
        assertThat(EventJson.read(
                                MentorAssigned.class,
                                Mentors.outboxed("MentorAssigned", project).get(0))
                        .mentorId())
                .isEqualTo(zed);
    }

    private static io.restassured.response.Response put(UUID project, Map<String, Object> body, long version) {
        Map<String, Object> withVersion = new java.util.HashMap<>(body);
        withVersion.put("version", version);
        return given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(withVersion)
                .put("/api/v1/projects/" + project);
    }

    private static long version(UUID project) {
        return given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/projects/" + project)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
    }

    @SuppressWarnings("unchecked")
    private static List<String> eventOrder(UUID project) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> io.quarkus.arc.Arc.container()
                        .instance(jakarta.persistence.EntityManager.class)
                        .get()
                        .createNativeQuery("select type from outbox_event where aggregateid = ?1 and type in"
                                + " ('MentorAssigned', 'MentorRemoved') order by seq")
                        .setParameter(1, project.toString())
                        .getResultList());
    }
}
