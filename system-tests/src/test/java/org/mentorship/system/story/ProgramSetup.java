package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The coordinator opens a term with projects; finance sets each project's stipend plan; exams and the survey. */
final class ProgramSetup {

    static final int REVIEW_DAYS = 21;
    /** The announcement: a day after the review minimum of the first applications has passed. */
    static final int ANNOUNCE_AFTER_CLOSE_DAYS = 14;

    private final StorySystem sys;
    private final Actors actors;
    private final Story story;

    ProgramSetup(StorySystem sys, Actors actors, Story story) {
        this.sys = sys;
        this.actors = actors;
        this.story = story;
    }

    /**
     * Applications open now and close in two days; review 21 days; decisions are announced 14 days after the close
     * (held from applicants until then); the program starts after the review ends.
     */
    void openTerm() {
        openTerm(true);
    }

    /** As {@link #openTerm()}; without an announcement time decisions are told at once (the fault suite's term). */
    void openTerm(boolean announcedLater) {
        Instant now = sys.now().truncatedTo(ChronoUnit.SECONDS);
        Instant close = now.plus(Duration.ofDays(2));
        story.programStart = close.plus(Duration.ofDays(REVIEW_DAYS + 2))
                .atZone(ZoneOffset.UTC)
                .toLocalDate();
        story.programEnd = story.programStart.plusDays(41);
        story.announceAt = announcedLater ? close.plus(Duration.ofDays(ANNOUNCE_AFTER_CLOSE_DAYS)) : null;
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "name",
                "Story term " + actors.run,
                "applicationsOpenAt",
                now.minus(Duration.ofHours(1)).toString(),
                "applicationsCloseAt",
                close.toString(),
                "reviewDays",
                REVIEW_DAYS,
                "programStart",
                story.programStart.toString(),
                "programEnd",
                story.programEnd.toString()));
        if (announcedLater) {
            body.put("announceAt", story.announceAt.toString());
        }
        JsonPath term = sys.as(actors.coordinator())
                .body(body)
                .post("/api/v1/terms")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        story.term = UUID.fromString(term.getString("id"));
        story.reviewEndsAt = Instant.parse(term.getString("reviewEndsAt"));
        assertThat(term.getBoolean("openForApplications")).isTrue();
        if (announcedLater) {
            assertThat(Instant.parse(term.getString("announceAt"))).isEqualTo(story.announceAt);
        }
        Steps.log(
                "Term %s open until %s, review ends %s, announced %s, program %s..%s",
                story.term, close, story.reviewEndsAt, story.announceAt, story.programStart, story.programEnd);
    }

    /** A published project of the CNSF, as {@link #projectOf(String, String, String, String, String...)}. */
    void project(String key, String title, String mentor, String... prerequisites) {
        projectOf("CNSF", key, title, mentor, prerequisites);
    }

    /**
     * A published project of the organisation, with 3 evaluations, 2 slots, one mentor and the given prerequisites
     * (LINK tasks).
     */
    void projectOf(String organization, String key, String title, String mentor, String... prerequisites) {
        List<Map<String, Object>> tasks = java.util.Arrays.stream(prerequisites)
                .map(p -> Map.<String, Object>of(
                        "title", p, "instructions", "Open a pull request: " + p, "evidenceKind", "LINK"))
                .toList();
        JsonPath project = sys.as(actors.coordinator())
                .body(Map.ofEntries(
                        Map.entry("termId", story.term.toString()),
                        Map.entry("organization", organization),
                        Map.entry("title", title + " " + actors.run),
                        Map.entry("description", "The story's project " + title),
                        Map.entry("skills", List.of("java")),
                        Map.entry("mentorIds", List.of(actors.id(mentor))),
                        Map.entry("mentorEmails", Map.of(actors.id(mentor), actors.email(mentor))),
                        Map.entry("slots", 2),
                        Map.entry("evaluationCount", 3),
                        Map.entry("prerequisites", tasks),
                        Map.entry("published", true)))
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        List<UUID> taskIds = project.getList("prerequisites.id", String.class).stream()
                .map(UUID::fromString)
                .toList();
        assertThat(taskIds).hasSize(prerequisites.length);
        Story.Project p = new Story.Project(UUID.fromString(project.getString("id")), title, mentor, taskIds);
        story.projects.put(key, p);
        // Published projects are public: no token needed to find it.
        sys.anonymous()
                .queryParam("termId", story.term)
                .get("/api/v1/projects")
                .then()
                .statusCode(200);
        Steps.log("Project '%s' %s, mentor %s, %d prerequisites", title, p.id(), actors.id(mentor), taskIds.size());
    }

    /** Finance: 3000.00 EUR, half after evaluation 2, half after the final one (the plan's default). */
    void stipendPlan(String key) {
        UUID project = story.projects.get(key).id();
        // Payees in CH get 150 %: everyone is onboarded from DE, so a mentee who moves her payee country to CH later
        // would see a higher amount if payee data still decided it (MoneyRuleChecks).
        sys.as(actors.finance())
                .body(Map.of(
                        "projectId",
                        project.toString(),
                        "amountMinor",
                        300000,
                        "currency",
                        "EUR",
                        "countryAdjustments",
                        java.util.List.of(Map.of("country", "CH", "percent", 150))))
                .post("/api/v1/stipend-plans")
                .then()
                .statusCode(201);
        sys.as(actors.finance())
                .queryParam("projectId", project)
                .get("/api/v1/stipend-plans")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items")
                .size();
        Steps.log("Stipend plan for %s: 3000.00 EUR (CH 150 %%)", key);
    }

    /** A required exam of the project (pass mark 70), defined by the coordinator in certificate-service. */
    void requiredExam(String key) {
        UUID project = story.projects.get(key).id();
        String id = sys.as(actors.coordinator())
                .body(Map.of(
                        "name",
                        "Exam " + key + " " + actors.run,
                        "projectId",
                        project.toString(),
                        "passMark",
                        70,
                        "required",
                        true))
                .post("/api/v1/exams/definitions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        story.exams.put(key, UUID.fromString(id));
        // The learning platform records attempts only of the exams a coordinator registered it for.
        sys.as(actors.coordinator())
                .put("/api/v1/exams/definitions/" + id + "/partners/lms")
                .then()
                .statusCode(200);
        Steps.log("Required exam for %s: %s (partner lms registered)", key, id);
    }

    /** A new survey version: one required rating, one optional text. */
    void survey() {
        Number version = sys.as(actors.coordinator())
                .body(Map.of(
                        "title",
                        "Program feedback " + actors.run,
                        "questions",
                        List.of(
                                Map.of(
                                        "key",
                                        "mentor-support",
                                        "text",
                                        "How well did your mentor support you?",
                                        "kind",
                                        "RATING",
                                        "required",
                                        true),
                                Map.of(
                                        "key",
                                        "comments",
                                        "text",
                                        "Anything else?",
                                        "kind",
                                        "TEXT",
                                        "required",
                                        false))))
                .post("/api/v1/surveys")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        story.surveyVersion = version.intValue();
        Steps.log("Survey version %d published", story.surveyVersion);
    }
}
