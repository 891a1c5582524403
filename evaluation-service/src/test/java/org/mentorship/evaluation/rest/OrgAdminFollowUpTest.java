package org.mentorship.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.evaluation.support.FailReviewAppeals;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/**
 * An org-admin follows up her organisations' evaluations as a coordinator does (lists, reads, reviews, submits on
 * behalf, reads the mentee's feedback, exports, statistics), and nothing of another organisation: 404, unchanged.
 */
@QuarkusTest
class OrgAdminFollowUpTest {

    private static final String TYPES = "https://mentorship.example.org/problems/";

    private final String mentor = Program.user("mia");
    private final String cnsf = "CNSF-" + UUID.randomUUID().toString().substring(0, 8);
    private final String other = "Other-" + UUID.randomUUID().toString().substring(0, 8);
    private final String olga = Tokens.orgAdmin(Program.user("olga"), cnsf);
    private final UUID term = UUID.randomUUID();

    @Test
    void sheReadsAndListsHerOrganisationsMentorshipsOnly() {
        UUID own = start(Program.user("ana"), cnsf, UUID.randomUUID(), 25);
        UUID foreign = start(Program.user("ben"), other, UUID.randomUUID(), 25);

        as(olga, "GET", "/api/v1/mentorships/" + own, null).then().statusCode(200);
        as(olga, "GET", "/api/v1/mentorships/" + own + "/evaluations", null)
                .then()
                .statusCode(200);
        as(olga, "GET", "/api/v1/evaluations/" + Program.evaluationId(own, 1), null)
                .then()
                .statusCode(200);
        as(olga, "GET", "/api/v1/mentorships/" + foreign, null).then().statusCode(404);
        as(olga, "GET", "/api/v1/mentorships/" + foreign + "/evaluations", null)
                .then()
                .statusCode(404);
        as(olga, "GET", "/api/v1/evaluations/" + Program.evaluationId(foreign, 1), null)
                .then()
                .statusCode(404);

        List<String> listed = as(olga, "GET", "/api/v1/mentorships?size=100", null)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.organization", String.class);
        assertThat(listed).isNotEmpty().containsOnly(cnsf);
        as(olga, "GET", "/api/v1/mentorships?organization=" + other, null)
                .then()
                .statusCode(404);
        // A coordinator's list narrowed to one organisation.
        assertThat(as(Program.COORDINATOR, "GET", "/api/v1/mentorships?size=100&organization=" + other, null)
                        .jsonPath()
                        .getList("items.id", String.class))
                .containsExactly(foreign.toString());
    }

    @Test
    void sheReviewsHerOrganisationsFailButNotAnotherOrganisations() {
        UUID own = start(Program.user("ana"), cnsf, UUID.randomUUID(), 60);
        UUID foreign = start(Program.user("ben"), other, UUID.randomUUID(), 60);
        for (UUID id : List.of(own, foreign)) {
            Program.submit(mentor, id, 1, "FAIL").then().statusCode(201);
        }

        FailReviewAppeals.review(olga, Program.evaluationId(foreign, 1), "TERMINATE_AND_PAY")
                .then()
                .statusCode(404);
        as(Program.COORDINATOR, "GET", "/api/v1/mentorships/" + foreign + "/evaluations/1", null)
                .then()
                .body("status", equalTo("UNDER_REVIEW"));
        assertThat(Program.count(
                        "select count(*) from outbox_event where aggregateid = ?1 and type = 'MentorshipTerminated'",
                        foreign.toString()))
                .isZero();

        FailReviewAppeals.review(olga, Program.evaluationId(own, 1), "TERMINATE_AND_PAY")
                .then()
                .statusCode(200)
                .body("reviewDecision", equalTo("TERMINATE_AND_PAY"));
        as(olga, "GET", "/api/v1/mentorships/" + own, null)
                .then()
                .body("status", equalTo("TERMINATED"))
                .body("earnedEvaluation", equalTo(1));
    }

    @Test
    void sheSubmitsOnBehalfOfAnAbsentMentorOfHerOrganisationOnly() {
        UUID own = start(Program.user("ana"), cnsf, UUID.randomUUID(), 25);
        UUID foreign = start(Program.user("ben"), other, UUID.randomUUID(), 25);

        onBehalf(olga, foreign).then().statusCode(404);
        as(Program.COORDINATOR, "GET", "/api/v1/mentorships/" + foreign + "/evaluations/1", null)
                .then()
                .body("status", equalTo("SCHEDULED"));
        // Without onBehalfOfMentor she is no mentor: 403.
        as(olga, "POST", "/api/v1/mentorships/" + own + "/evaluations/1", Program.submission("PASS", null))
                .then()
                .statusCode(403);

        onBehalf(olga, own).then().statusCode(201).body("onBehalf", equalTo(true));
    }

    @Test
    void sheReadsTheMenteesFeedbackUnlessSheMentorsTheMentorship() {
        String ana = Program.user("ana");
        String admin = Program.user("olga");
        UUID own = start(ana, cnsf, UUID.randomUUID(), 25, List.of(mentor, admin));
        String evaluation = Program.evaluationId(own, 1);
        given().auth()
                .oauth2(Tokens.mentee(ana))
                .contentType(ContentType.JSON)
                .body("{\"mentorSupport\":4,\"hoursWorked\":62}")
                .put("/api/v1/evaluations/" + evaluation + "/mentee-feedback")
                .then()
                .statusCode(200);

        as(olga, "GET", "/api/v1/evaluations/" + evaluation, null)
                .then()
                .statusCode(200)
                .body("menteeFeedback.mentorSupport", equalTo(4));
        // An org-admin who mentors it reads as its mentor, and never reviews or submits for it (separation of duties).
        String mentoringAdmin = Tokens.orgAdmin(admin, cnsf);
        as(mentoringAdmin, "GET", "/api/v1/evaluations/" + evaluation, null)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("menteeFeedback")));
        Program.submit(mentor, own, 1, "FAIL").then().statusCode(201);
        FailReviewAppeals.review(mentoringAdmin, evaluation, "CONFIRM")
                .then()
                .statusCode(403)
                .body("type", equalTo(TYPES + "self-dealing"));
    }

    @Test
    void herOwnMentorshipSheNeverReviews() {
        String admin = Program.user("olga");
        UUID hers = start(admin, cnsf, UUID.randomUUID(), 25);
        Program.submit(mentor, hers, 1, "FAIL").then().statusCode(201);

        FailReviewAppeals.review(Tokens.orgAdmin(admin, cnsf), Program.evaluationId(hers, 1), "OVERTURN")
                .then()
                .statusCode(403)
                .body("type", equalTo(TYPES + "self-dealing"));
        as(Program.COORDINATOR, "GET", "/api/v1/mentorships/" + hers + "/evaluations/1", null)
                .then()
                .body("status", equalTo("UNDER_REVIEW"));
    }

    @Test
    void herExportAndStatisticsAreOfHerOrganisationsPerOrganisation() {
        UUID logging = UUID.randomUUID();
        UUID own = start(Program.user("ana"), cnsf, logging, 60);
        start(Program.user("cai"), cnsf, UUID.randomUUID(), 60);
        UUID foreign = start(Program.user("ben"), other, UUID.randomUUID(), 60);
        Program.submit(mentor, own, 1, "PASS").then().statusCode(201); // scores 4/5/3
        Program.asCoordinator("POST", "/api/v1/mentorships/" + foreign + "/end", "{\"reason\":\"Left\"}")
                .then()
                .statusCode(200);

        String csv = as(olga, "GET", "/api/v1/mentorships/export.csv", null)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).contains(own.toString()).doesNotContain(foreign.toString());
        as(olga, "GET", "/api/v1/mentorships/export.csv?organization=" + other, null)
                .then()
                .statusCode(404);

        String statistics = "/api/v1/mentorships/statistics?termId=" + term;
        var all = as(Program.COORDINATOR, "GET", statistics, null)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(all.getList("organizations.organization")).containsExactly(cnsf, other);
        assertThat(all.getInt("organizations[0].projects")).isEqualTo(2);
        assertThat(all.getInt("organizations[0].mentorships")).isEqualTo(2);
        assertThat(all.getInt("organizations[0].active")).isEqualTo(2);
        assertThat(all.getInt("organizations[0].evaluationsScored")).isEqualTo(1);
        assertThat(all.getFloat("organizations[0].meanEngagement")).isEqualTo(5.0f);
        assertThat(all.getInt("organizations[1].terminated")).isEqualTo(1);
        assertThat(all.getFloat("organizations[1].terminationRate")).isEqualTo(1.0f);
        assertThat(all.getList("projects")).hasSize(3);

        var hers = as(olga, "GET", statistics, null)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(hers.getList("organizations.organization")).containsExactly(cnsf);
        assertThat(hers.getList("projects.organization")).containsOnly(cnsf).hasSize(2);
        as(olga, "GET", statistics + "&organization=" + other, null).then().statusCode(404);
        assertThat(as(Program.COORDINATOR, "GET", statistics + "&organization=" + other, null)
                        .jsonPath()
                        .getList("organizations.organization"))
                .containsExactly(other);
    }

    private Response onBehalf(String token, UUID id) {
        String body = Program.submission("PASS", null)
                .replace("}", ",\"onBehalfOfMentor\":true,\"onBehalfReason\":\"Mentor on leave\"}");
        return as(token, "POST", "/api/v1/mentorships/" + id + "/evaluations/1", body);
    }

    private static Response as(String token, String method, String path, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.request(method, path);
    }

    private UUID start(String mentee, String organization, UUID project, int daysAgo) {
        return start(mentee, organization, project, daysAgo, List.of(mentor));
    }

    /** A 3-evaluation mentorship of this test's term, of {@code organization}, started {@code daysAgo} days ago. */
    private UUID start(String mentee, String organization, UUID project, int daysAgo, List<String> mentors) {
        LocalDate start = Program.today().minusDays(daysAgo);
        MenteeOnboarded e = Program.onboarded(mentee, mentors, 3, start, start.plusDays(83));
        return Program.start(new MenteeOnboarded(
                e.mentorshipId(),
                e.applicationId(),
                term,
                e.termName(),
                project,
                "Project " + project,
                organization,
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
