package org.mentorship.application.mentors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
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
 * Issue 18, mentors with a lifecycle through the API: named at creation (ACTIVE at once), invited -> ACTIVE by
 * signing the mentor agreement -> RESIGNED, each refusal leaving everything as it was, the events in the outbox and
 * an org-admin of another organisation told the project does not exist.
 */
@QuarkusTest
class MentorLifecycleTest {

    @Test
    void mentorsNamedAtCreationAreActiveAssignmentsTheFirstOnePrimaryWithoutAnEvent() {
        Map<String, Object> body = Scenario.projectBody(Scenario.openTerm(), 2, "mia", 1);
        body.put("mentorIds", List.of("mia", "moe"));
        UUID project = Scenario.createProject(body);

        Mentors.list(COORDINATOR, project)
                .then()
                .statusCode(200)
                .body("mentorId", contains("mia", "moe"))
                .body("role", contains("PRIMARY", "CO_MENTOR"))
                .body("status", contains("ACTIVE", "ACTIVE"))
                .body("origin", contains("CREATION", "CREATION"))
                .body("[0].email", equalTo("mia@mentors.example.org"))
                .body("[0].capacity", nullValue())
                .body("[0].agreement", nullValue());
        assertThat(Mentors.history(project, "mia")).containsExactly(">ACTIVE:assigned at creation");
        assertThat(Mentors.outboxed("MentorAssigned", project)).isEmpty();
    }

    @Test
    void anInvitedMentorSignsTheCurrentAgreementAndBecomesAnActiveMentor() {
        UUID project = Scenario.project(Scenario.openTerm(), 2, "mia");
        String max = Scenario.unique("max");
        Mentors.invite(COORDINATOR, project, Mentors.invitation(max, "CO_MENTOR", 3, null))
                .then()
                .statusCode(201)
                .body("status", equalTo("INVITED"))
                .body("capacity", equalTo(3))
                .body("invitedBy", equalTo("cora"));
        assertThat(Mentors.activeMentorIds(project)).containsExactly("mia");
        given().auth()
                .oauth2(Tokens.mentor(max))
                .get("/api/v1/mentor-agreement")
                .then()
                .statusCode(200)
                .body("version", equalTo(Mentors.AGREEMENT_VERSION))
                .body("text", notNullValue());

        // Refused: a stale agreement, someone not invited. Nothing changes.
        Mentors.accept(max, project, "2025.9")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "mentor-agreement-version-mismatch"));
        Mentors.accept(Scenario.unique("eve"), project, Mentors.AGREEMENT_VERSION)
                .then()
                .statusCode(404);
        Mentors.list(COORDINATOR, project).then().body("[1].status", equalTo("INVITED"));
        assertThat(Mentors.activeMentorIds(project)).containsExactly("mia");
        assertThat(Mentors.outboxed("MentorAssigned", project)).isEmpty();

        Mentors.accept(max, project, Mentors.AGREEMENT_VERSION)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("agreement.version", equalTo(Mentors.AGREEMENT_VERSION))
                .body("agreement.legalName", equalTo("Legal " + max))
                .body("agreement.text", notNullValue())
                .body("activeSince", notNullValue());
        assertThat(Mentors.activeMentorIds(project)).containsExactlyInAnyOrder("mia", max);
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/projects/" + project)
                .then()
                .body("mentorEmails." + max, equalTo(max + "@mentors.example.org"));
        List<String> assigned = Mentors.outboxed("MentorAssigned", project);
        assertThat(assigned).hasSize(1);
        MentorAssigned event = EventJson.read(MentorAssigned.class, assigned.get(0));
        assertThat(event.mentorId()).isEqualTo(max);
        assertThat(event.mentorRole()).isEqualTo(MentorAssigned.CO_MENTOR);
        assertThat(event.mentorEmail()).isEqualTo(max + "@mentors.example.org");
        assertThat(event.replacesMentorId()).isNull();
        assertThat(Mentors.history(project, max)).hasSize(2).last().asString().startsWith("INVITED>ACTIVE:");

        // Once active: a second acceptance is refused, and she reads the project's mentors as one of them.
        Mentors.accept(max, project, Mentors.AGREEMENT_VERSION)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "mentor-not-invited"));
        assertThat(Mentors.outboxed("MentorAssigned", project)).hasSize(1);
        Mentors.list(Tokens.mentor(max), project).then().statusCode(200).body("", hasSize(2));
    }

    @Test
    void anInvitationIsRefusedForAnApplicantOfTheTermAMentorAlreadyThereAStrangerToReplaceOrASecondPrimary() {
        UUID term = Scenario.openTerm();
        UUID project = Scenario.project(term, 2, "mia");
        String ana = Scenario.unique("ana");
        Scenario.applicant(ana, Scenario.project(term, 1, "moe"));
        String max = Scenario.unique("max");
        Mentors.invited(project, max, "CO_MENTOR", 2, null);

        expect(Mentors.invitation(ana, "CO_MENTOR", 2, null), project, 409, "mentor-in-term");
        expect(Mentors.invitation(max, "CO_MENTOR", 2, null), project, 409, "mentor-already-on-project");
        expect(Mentors.invitation("mia", "CO_MENTOR", 2, null), project, 409, "mentor-already-on-project");
        expect(
                Mentors.invitation(Scenario.unique("zed"), "CO_MENTOR", 2, "nobody"),
                project,
                422,
                "unknown-replaced-mentor");
        expect(
                Mentors.invitation(Scenario.unique("zed"), "CO_MENTOR", 2, max),
                project,
                422,
                "unknown-replaced-mentor");
        expect(Mentors.invitation(Scenario.unique("zed"), "PRIMARY", 2, null), project, 409, "primary-mentor-taken");
        Mentors.invite(COORDINATOR, project, Mentors.invitation(Scenario.unique("zed"), "CO_MENTOR", 21, null))
                .then()
                .statusCode(400);

        Mentors.list(COORDINATOR, project).then().body("mentorId", contains("mia", max));
        assertThat(Mentors.activeMentorIds(project)).containsExactly("mia");
    }

    @Test
    void anActiveMentorResignsByHerOwnWordOrAnAdminsAndOnlyOnce() {
        UUID project = Scenario.project(Scenario.openTerm(), 2, "mia");
        String max = Scenario.unique("max");
        Mentors.active(project, max, 2);

        // Another mentor of the project may not; an admin of another organisation is told it does not exist.
        Mentors.resign(Tokens.mentor("mia"), project, max).then().statusCode(403);
        Mentors.resign(Tokens.orgAdmin("olga", "OtherOrg"), project, max).then().statusCode(404);
        assertThat(Mentors.activeMentorIds(project)).containsExactlyInAnyOrder("mia", max);
        assertThat(Mentors.outboxed("MentorRemoved", project)).isEmpty();

        Mentors.resign(Tokens.mentor(max), project, max)
                .then()
                .statusCode(200)
                .body("status", equalTo("RESIGNED"))
                .body("resignationReason", equalTo("A new job leaves me no time"))
                .body("resignedAt", notNullValue());
        assertThat(Mentors.activeMentorIds(project)).containsExactly("mia");
        List<String> removed = Mentors.outboxed("MentorRemoved", project);
        assertThat(removed).hasSize(1);
        MentorRemoved event = EventJson.read(MentorRemoved.class, removed.get(0));
        assertThat(event.mentorId()).isEqualTo(max);
        assertThat(event.reason()).isEqualTo(MentorRemoved.RESIGNED);
        assertThat(event.replacedBy()).isNull();

        Mentors.resign(COORDINATOR, project, max)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "mentor-not-active"));
        Mentors.resign(COORDINATOR, project, Scenario.unique("nobody")).then().statusCode(404);
        assertThat(Mentors.outboxed("MentorRemoved", project)).hasSize(1);
        // She no longer mentors the project: its mentors are not hers to read.
        Mentors.list(Tokens.mentor(max), project).then().statusCode(403);
        // A coordinator records the primary mentor's leaving.
        Mentors.resign(COORDINATOR, project, "mia").then().statusCode(200);
        assertThat(Mentors.activeMentorIds(project)).isEmpty();
    }

    @Test
    void anOrgAdminRunsTheMentorsOfHerOrganisationsProjectsAndNoOtherOrganisations() {
        UUID project = Scenario.project(Scenario.openTerm(), 2, "mia"); // organisation CNCF
        String olga = Tokens.orgAdmin("olga", "OtherOrg");
        String oscar = Tokens.orgAdmin("oscar", "CNCF");
        String max = Scenario.unique("max");

        Mentors.list(olga, project).then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        Mentors.invite(olga, project, Mentors.invitation(max, "CO_MENTOR", 2, null))
                .then()
                .statusCode(404);
        Mentors.resign(olga, project, "mia").then().statusCode(404);
        Mentors.list(COORDINATOR, project).then().body("", hasSize(1));

        Mentors.invite(oscar, project, Mentors.invitation(max, "CO_MENTOR", 2, null))
                .then()
                .statusCode(201)
                .body("invitedBy", equalTo("oscar"));
        Mentors.list(oscar, project).then().statusCode(200).body("", hasSize(2));
        // A mentor of another project knows it exists (403); a mentee's role has no such endpoint (403).
        Mentors.list(Tokens.mentor(Scenario.unique("moe")), project).then().statusCode(403);
        Mentors.list(Tokens.mentee("ana"), project).then().statusCode(403);
    }

    private static void expect(Map<String, Object> invitation, UUID project, int status, String slug) {
        Mentors.invite(COORDINATOR, project, invitation)
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + slug));
    }
}
