package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole program, end to end, through the gateway of the system started once as separate processes: a term
 * with projects, applicants and their prerequisites, the review, onboarding, evaluations, stipends, exams, the
 * survey and Letters of Completion, the dashboards, and the events every step published. Each step builds on the
 * previous ones; once one fails, the later ones are skipped rather than failing for the same reason.
 *
 * <p>Cast (names get a per-run suffix): ana applies to logging and fuzzing, is accepted to logging (her fuzzing
 * application is withdrawn) and passes everything; ben (logging) is extended once and passes; cleo (fuzzing,
 * prefers a call) fails evaluation 3; dan does not finish prerequisites (rejected, then closed at review end); eve
 * finishes hers but is not selected (closed at review end); fay is accepted to fuzzing and declines, and gus, on its
 * waitlist, gets her slot. fuzzing belongs to a second organisation run by olga, its org-admin; logging's co-mentor
 * noor resigns and pia replaces her. Decisions are held from the applicants until the term's announcement.
 *
 * <p>On the ITs' shared system (or an external one): its term, projects, users and mail addresses carry the per-run
 * suffix, it reads every date from the program clock, and each check is on what the story made (its events by its
 * ids, its payments; a payout file may carry other approved payments too, so it is checked to contain the story's).
 * It moves the program clock (84 days), so it runs after the ITs that date their data by the real clock.
 */
@Order(5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgramStoryIT {

    private static StorySystem sys;
    private static EventLog events;
    private static Actors actors;
    private static final Story story = new Story();
    private static ProgramSetup setup;
    private static AdmissionsSteps admissions;
    private static OnboardingSteps onboarding;
    private static EvaluationSteps evaluations;
    private static StipendSteps stipends;
    private static CertificateSteps certificates;
    private static DashboardChecks dashboards;
    private static MoneyRuleChecks money;
    private static ExploitChecks exploits;
    private static PeopleSteps people;
    private static CalendarSteps calendars;
    private static OutputSteps outputs;
    private static PayeeReminderSteps payeeReminders;
    private static PartnerSteps partner;
    private static EligibilitySteps eligibility;
    private static SelectionSteps selection;
    private static OrganisationSteps organisation;
    private static MentorTeamSteps team;
    private static DecisionChapter decisions;
    /** ben's calendar feed, and his final evaluation's due entry before the extension moved it. */
    private static String bensFeed;

    private static CalendarSteps.Entry bensFinalEvaluation;
    /** ana's survey-open notice, from her merged feed. */
    private static Map<String, Object> surveyOpenNotice;
    /** cleo's first installment: in a bank file, not yet paid, when her mentorship is terminated. */
    private static java.util.UUID cleosExportedPayment;

    private static final Map<String, Long> timings = new LinkedHashMap<>();
    private static boolean failed;
    private static ContractCheck contract;

    @BeforeAll
    static void start() throws Exception {
        long started = System.nanoTime();
        sys = StorySystem.shared();
        timings.put("system start", (System.nanoTime() - started) / 1_000_000);
        contract = sys.checkContract();
        events = new EventLog(sys.system.kafkaBootstrap());
        actors = new Actors(sys);
        setup = new ProgramSetup(sys, actors, story);
        admissions = new AdmissionsSteps(sys, actors, story);
        onboarding = new OnboardingSteps(sys, actors, story);
        evaluations = new EvaluationSteps(sys, actors, story);
        stipends = new StipendSteps(sys, actors, story);
        certificates = new CertificateSteps(sys, actors, story);
        dashboards = new DashboardChecks(sys, actors, story);
        money = new MoneyRuleChecks(sys, actors, stipends);
        exploits = new ExploitChecks(sys, actors, story);
        people = new PeopleSteps(sys);
        calendars = new CalendarSteps(sys);
        outputs = new OutputSteps(sys, actors);
        payeeReminders = new PayeeReminderSteps(sys, actors);
        partner = new PartnerSteps(sys, actors);
        eligibility = new EligibilitySteps(sys, actors, story);
        selection = new SelectionSteps(sys, actors, story);
        organisation = new OrganisationSteps(sys, actors, story);
        team = new MentorTeamSteps(sys, actors, story);
        decisions = new DecisionChapter(sys, story, admissions, organisation, exploits);
        Steps.log(
                "Run %s against %s (%s)",
                actors.run, sys.system.gatewayUrl(), sys.external ? "external system" : "the ITs' shared system");
    }

    @AfterAll
    static void stop() throws Exception {
        timings.forEach((step, ms) -> Steps.log("timing %-45s %6d ms", step, ms));
        if (partner != null) {
            partner.close();
        }
        if (events != null) {
            Steps.log("events seen: %s", events.countsByType());
            events.close();
        }
        if (sys != null) {
            sys.close();
        }
    }

    @Test
    @Order(1)
    void aCoordinatorOpensATermWithProjectsPlansAndExams() {
        step("1 term, projects, plans, exams, survey", () -> {
            setup.openTerm();
            setup.project("logging", "Structured logging", "mia", "Fix a logging bug", "Write a log format test");
            // fuzzing belongs to a second organisation, run by its own admin (olga).
            setup.projectOf(actors.secondOrganization(), "fuzzing", "Fuzzing the parser", "max", "Add a fuzz target");
            assertThat(organisation.organizations()).containsExactly(actors.secondOrganization());
            // logging gets a co-mentor: invited by the coordinator, active once she signs the mentor agreement.
            team.inviteCoMentor("logging", "noor", null);
            team.accept("logging", "noor");
            setup.stipendPlan("logging");
            setup.stipendPlan("fuzzing");
            setup.requiredExam("logging");
            setup.requiredExam("fuzzing");
            setup.survey();
            // The term asks its eligibility questions; a mentor of the term cannot apply in it.
            eligibility.setRules();
            selection.rubric("logging");
            admissions.profile("mia", "Mia Berg", null);
            eligibility.mentorCannotApplyInHerTerm("mia", "fuzzing");
            // A learning platform registers a webhook for passed evaluations and certificates.
            partner.registerEndpoint();
        });
    }

    @Test
    @Order(2)
    void applicantsApplyAndWorkOnPrerequisites() {
        step("2 profiles, applications, prerequisites", () -> {
            admissions.profile("ana", "Ana Okafor", null);
            admissions.profile("ben", "Ben Ito", null);
            admissions.profile("cleo", "Cleo Marsh", "+49 30 1234567");
            admissions.profile("dan", "Dan Roy", null);
            admissions.profile("eve", "Eve Lind", null);
            admissions.profile("fay", "Fay Quinn", null);
            admissions.profile("gus", "Gus Amari", null);
            // ana lives in Berlin and wants the survey and exam reminders in her feed only, not by mail.
            JsonPath profile = people.setProfile(
                    actors.mentee("ana"), "Europe/Berlin", Map.of("survey-open", "feed", "exam-reminder", "feed"));
            assertThat(profile.getString("timeZone")).isEqualTo("Europe/Berlin");
            // Each answers the term's eligibility questions once; dan lives where no stipend can be paid.
            eligibility.answer("ana", 20, "DE");
            eligibility.answer("ben", 15, "FR");
            eligibility.answer("cleo", 12, "DE");
            eligibility.answer("dan", 10, "BR");
            eligibility.answer("eve", 25, "NL");
            eligibility.answer("fay", 20, "DE");
            eligibility.answer("gus", 20, "DE");
            admissions.apply("ana", "logging");
            admissions.apply("ana", "fuzzing");
            admissions.apply("ben", "logging");
            admissions.apply("cleo", "fuzzing");
            admissions.apply("dan", "logging");
            admissions.apply("dan", "fuzzing");
            admissions.apply("eve", "fuzzing");
            admissions.apply("fay", "fuzzing");
            admissions.apply("gus", "fuzzing");
            // dan may apply, flagged for the reviewers: his stipend could not be paid where he lives.
            assertThat(eligibility.flags("dan", "logging")).containsExactly("stipend-country");
            assertThat(eligibility.flags("ana", "logging")).isNullOrEmpty();
            // ana prefers logging; mia scores the logging applications on its rubric, seen whole by the coordinator.
            selection.rank("ana", "logging", "fuzzing");
            assertThat(selection.score("ana", "logging", 9, 5)).isEqualTo(14);
            assertThat(selection.score("ben", "logging", 7, 4)).isEqualTo(11);
            JsonPath scores = selection.scoresForCoordinator("ana", "logging");
            assertThat(scores.getInt("reviewCount")).isEqualTo(1);
            assertThat(scores.getDouble("averageTotal")).isEqualTo(14.0);
            selection.otherMentorCannotReadScores("max", "ana", "logging");
            admissions.prerequisites("ana", "logging", 2, 2);
            admissions.prerequisites("ana", "fuzzing", 1, 0);
            admissions.prerequisites("ben", "logging", 2, 2);
            admissions.prerequisites("cleo", "fuzzing", 1, 1);
            admissions.prerequisites("dan", "logging", 1, 0);
            admissions.prerequisites("eve", "fuzzing", 1, 1);
            admissions.prerequisites("fay", "fuzzing", 1, 1);
            admissions.prerequisites("gus", "fuzzing", 1, 1);
            // Every deadline ana sees comes with the same moment in her time zone.
            String term = sys.as(actors.mentee("ana"))
                    .get("/api/v1/terms/" + story.term)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(term).contains("\"timeZone\":\"Europe/Berlin\"").containsPattern("Local\":\"[^\"]+\\+0[12]:00");
            // Refused: before the 14-day review minimum an acceptance needs an override reason; nothing changes.
            String type =
                    admissions.decide("ana", "logging", "ACCEPT", null, 422).getString("type");
            assertThat(type).endsWith("/review-minimum-not-reached");
            assertThat(admissions.status("ana", "logging")).isEqualTo("SUBMITTED");
        });
    }

    @Test
    @Order(3)
    void afterTheReviewMinimumTheCoordinatorDecides() {
        step("3 decisions, held until the announcement, waitlist", decisions::decideEarlyAnnounceLater);
    }

    @Test
    @Order(4)
    void whenTheReviewEndsTheRestIsClosed() {
        step("4 review end closes open applications", () -> {
            // Three days before the review end dan, whose fuzzing prerequisite is not handed in, is reminded once
            // (step 3 moved the clock to the announcement, a day after the decisions).
            sys.advance(Duration.ofDays(5));
            // The reminder job runs once a minute (its first run 20 s after start), and its mail then leaves through
            // the mail outbox: up to a minute and a half on a loaded machine, so it gets longer than other waits.
            org.awaitility.Awaitility.await("dan's prerequisite reminder")
                    .atMost(Duration.ofSeconds(150))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(admissions.mailSubjects("dan"))
                            .anyMatch(m -> m.startsWith("Prerequisites due by")));
            sys.advance(Duration.ofDays(3));
            org.awaitility.Awaitility.await("review closer")
                    .atMost(Duration.ofSeconds(100))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> "REJECTED".equals(admissions.status("dan", "fuzzing"))
                            && "REJECTED".equals(admissions.status("eve", "fuzzing")));
            assertThat(admissions.decisionReason("dan", "fuzzing")).isEqualTo("prerequisites incomplete");
            assertThat(admissions.decisionReason("eve", "fuzzing")).isEqualTo("not selected");
            assertThat(admissions.status("ana", "logging")).isEqualTo("ACCEPTED");
            Steps.eventually("closing mails", () -> {
                assertThat(admissions.mailSubjects("dan")).hasSize(3);
                assertThat(admissions.mailSubjects("eve")).hasSize(1);
            });
        });
    }

    @Test
    @Order(5)
    void onboardingStartsTheMentorships() {
        step("5 onboarding, mentorships started, payees", () -> {
            onboarding.onboard("ana", "logging", "Ana Okafor");
            onboarding.onboard("ben", "logging", "Ben Ito");
            onboarding.onboard("cleo", "fuzzing", "Cleo Marsh");
            for (String mentee : List.of("ana", "ben", "cleo")) {
                onboarding.awaitMentorshipStarted(mentee);
            }
            // ben gives his payout details only when reminded (step 6).
            onboarding.payee("ana", "ANA");
            onboarding.payee("cleo", "CLEO");
            // ben subscribes to his calendar: his final evaluation is in it.
            bensFeed = calendars.subscribe(actors.mentee("ben"));
            String uid = CalendarSteps.evaluationUid(story.mentorship("ben"), 3);
            bensFinalEvaluation = Steps.eventually(
                    "ben's final evaluation in his calendar",
                    () -> calendars.entry(bensFeed, uid).orElse(null),
                    e -> e != null);
            assertThat(bensFinalEvaluation.sequence()).isZero();
            exploits.mentorSeesNeitherLegalNameNorAddress("ana", "logging");
        });
    }

    @Test
    @Order(6)
    void evaluationsOneAndTwoEarnTheFirstInstallment() {
        step("6 evaluations 1-2, installment 1 paid", () -> {
            sys.advance(Duration.ofDays(60));
            // noor resigns; pia takes over from her, and with that her mentees' open evaluations and reminders.
            assertThat(team.mentorsOfMentorship("ben")).contains(actors.id("noor"));
            team.resign("logging", "noor", "I changed jobs and cannot mentor this term");
            team.inviteCoMentor("logging", "pia", "noor");
            team.accept("logging", "pia");
            Steps.eventually(
                    "ben's mentorship follows logging's mentors",
                    () -> assertThat(team.mentorsOfMentorship("ben"))
                            .contains(actors.id("mia"), actors.id("pia"))
                            .doesNotContain(actors.id("noor")));
            evaluations.pass("ana", 1);
            evaluations.pass("cleo", 1);
            // ben's mentor fails him; ben appeals and the coordinator overturns it: a PASS, and only then its events.
            evaluations.failAppealedAndOverturned("ben", 1);
            evaluations.menteeFeedback("ana", 1, 5, 60);
            evaluations.extend("ben", 2, 1);
            assertThat(evaluations.mentorshipStatus("ben")).isEqualTo("EXTENDED");
            // The extension moves ben's final evaluation in his calendar: same UID, next SEQUENCE, a week later.
            Steps.eventually("ben's calendar moved", () -> {
                CalendarSteps.Entry moved =
                        calendars.entry(bensFeed, bensFinalEvaluation.uid()).orElseThrow();
                assertThat(moved.sequence()).isEqualTo(1);
                assertThat(moved.dtstart())
                        .isEqualTo(bensFinalEvaluation.dtstart().plus(Duration.ofDays(7)));
            });
            for (String mentee : List.of("ana", "ben", "cleo")) {
                evaluations.pass(mentee, 2);
            }
            stipends.awaitInstallments("ana", List.of(1));
            stipends.awaitInstallments("cleo", List.of(1));
            // ben earned his first installment without payout details: he is reminded, then gives them.
            payeeReminders.menteeWithoutPayeeDetailsIsReminded("ben");
            onboarding.payee("ben", "BEN");
            stipends.awaitInstallments("ben", List.of(1));
            // The partner received ana's passed evaluations, signed.
            partner.awaitDelivery("EvaluationPassed", story.mentorship("ana").toString());
            money.payeeCannotConfirmHerOwnTaxForm("ana");
            money.countryChangeChangesNoAmount("ben");
            money.financeCannotApproveAPaymentToThemselves("ana", 1);
            exploits.accountHolderCannotSmuggleAFormulaOnANewLine("ana");
            exploits.tokenWithoutSubjectIsRefused();
            exploits.hugePageIndexIsRefused();
            exploits.menteeCannotExtendOrEndHerOwnMentorship("ana");
            stipends.payInstallment(1, false, "ana", "ben");
            cleosExportedPayment = stipends.approve("cleo", 1);
            assertThat(stipends.export()).contains(cleosExportedPayment.toString());
            // Mentees read their own evaluations without the mentor's private comments; another mentee's are 404.
            String own = evaluations
                    .evaluationsAsMentee("ana", "ana")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(own).contains("Evaluation 2: PASS").doesNotContain(EvaluationSteps.PRIVATE_NOTE);
            assertThat(evaluations.evaluationsAsCoordinator("ana")).contains(EvaluationSteps.PRIVATE_NOTE);
            evaluations.evaluationsAsMentee("ben", "ana").then().statusCode(404);
        });
    }

    @Test
    @Order(7)
    void theFinalEvaluationCompletesOrTerminates() {
        step("7 final evaluation, installment 2 or cancellation", () -> {
            evaluations.finishPlan("ana");
            evaluations.finishPlan("ben");
            // ana hands in her work product and final report; her mentor confirms it for the letter.
            outputs.submitOutput(
                    "ana", story.mentorship("ana"), WORK_PRODUCT, "Structured logging in the core: 6 PRs.");
            outputs.confirmOutput(story.mentorOf("ana"), story.mentorship("ana"));
            evaluations.pass("ana", 3);
            evaluations.pass("ben", 3);
            evaluations.fail("cleo", 3);
            assertThat(evaluations.mentorshipStatus("ana")).isEqualTo("COMPLETED");
            assertThat(evaluations.mentorshipStatus("ben")).isEqualTo("COMPLETED");
            assertThat(evaluations.mentorshipStatus("cleo")).isEqualTo("TERMINATED");
            stipends.awaitInstallments("ana", List.of(1, 2));
            stipends.awaitInstallments("ben", List.of(1, 2));
            stipends.payInstallment(2, true, "ana");
            money.reportForAnEarlierAttemptLeavesTheRetryAlone("ben", 2);
            Steps.eventually(
                    "cleo's agreement ended",
                    () -> assertThat(stipends.agreementStatus("cleo")).isEqualTo("ENDED"));
            // Her first installment was in a bank file when she failed: recalled, not cancelled; the bank paid it
            // anyway.
            money.awaitRecallRequested(cleosExportedPayment);
            stipends.paidByCallback(cleosExportedPayment);
            assertThat(stipends.payments("cleo"))
                    .extracting(StipendSteps.Payment::status)
                    .containsExactly("PAID");
            assertThat(stipends.payments("ana"))
                    .extracting(StipendSteps.Payment::status)
                    .containsExactly("PAID", "PAID");
            // Finance's statistics count the term's paid stipends: each PAID payment of the story, in EUR.
            long paid = java.util.stream.Stream.of("ana", "ben", "cleo")
                    .flatMap(m -> stipends.payments(m).stream())
                    .filter(p -> "PAID".equals(p.status()))
                    .count();
            assertThat(stipends.paidPerCurrency()).isEqualTo(Map.of("EUR", (int) paid));
            // olga's figures are her organisation's only: fuzzing's six applications, cleo and gus accepted (fay
            // declined), cleo's mentorship terminated.
            JsonPath selection = organisation.applicationStatistics();
            assertThat(selection.getList("organizations.organization")).containsExactly(actors.secondOrganization());
            assertThat(selection.getInt("organizations[0].applications")).isEqualTo(6);
            assertThat(selection.getInt("organizations[0].accepted")).isEqualTo(2);
            JsonPath outcomes = organisation.mentorshipStatistics();
            assertThat(outcomes.getList("organizations.organization")).containsExactly(actors.secondOrganization());
            assertThat(outcomes.getInt("organizations[0].terminated")).isEqualTo(1);
        });
    }

    @Test
    @Order(8)
    void examsSurveysAndLettersOfCompletion() {
        step("8 exams, survey, certificates, revocation", () -> {
            exploits.unregisteredPartnerCannotRecordAnAttempt("ana");
            exploits.partnerCannotDateAnAttemptOutsideTheMentorship("ana");
            exploits.menteeCannotRecordHerOwnExamResult("ana");
            certificates.examResult("ana", 85, true);
            certificates.examResult("ben", 50, false);
            certificates.examResult("ben", 80, true);
            // ana's survey is open; she asked for that notice in her feed only.
            surveyOpenNotice = Steps.eventually(
                    "ana's survey-open notice",
                    () -> people.notifications(actors.mentee("ana")).<Map<String, Object>>getList("items").stream()
                            .filter(n -> "survey-open".equals(n.get("kind")))
                            .findFirst()
                            .orElse(null),
                    n -> n != null);
            assertThat(surveyOpenNotice).containsEntry("channel", "feed").containsEntry("service", "certificate");
            certificates.answerSurvey("ana");
            certificates.answerSurvey("ben");
            exploits.mentorCannotReadAnIndividualSurveyAnswer("ana");
            certificates.awaitCertificate("ana");
            certificates.awaitCertificate("ben");
            assertThat(certificates.verify("ana").getString("status")).isEqualTo("VALID");
            assertThat(certificates.verify("ana").getString("facts.workProductUrl"))
                    .isEqualTo(WORK_PRODUCT);
            partner.awaitDelivery("CertificateIssued", story.mentorship("ana").toString());
            exploits.personalAnswersAreNeverStored("ana");
            assertThat(certificates.verify("ben").getString("status")).isEqualTo("VALID");
            certificates.revoke("ben", "Plagiarised work found after completion");
            assertThat(certificates.verify("ben").getString("status")).isEqualTo("REVOKED");
            assertThat(certificates.verify("ana").getString("status")).isEqualTo("VALID");
            // ana opts in to the public list of the term's graduates; ben's revoked letter is not listed.
            sys.as(actors.mentee("ana"))
                    .body(Map.of("listed", true))
                    .put("/api/v1/completions/" + story.mentorship("ana") + "/public-listing")
                    .then()
                    .statusCode(200);
            JsonPath graduates = outputs.graduates(story.term);
            assertThat(graduates.getList("items.workProductUrl")).containsExactly(WORK_PRODUCT);
            Steps.eventually(
                    "cleo's completion closed",
                    () -> assertThat(certificates.completionStatus("cleo")).isEqualTo("CLOSED"));
            assertThat(certificates.examResultRefused("cleo", 90)).endsWith("/completion-closed");
            // The letter is mailed to the graduate, and application-service hears of it.
            Steps.eventually("certificate mail and graduation", () -> {
                assertThat(admissions.mailSubjects("ana")).hasSize(2);
                assertThat(admissions.status("ana", "logging")).isEqualTo("GRADUATED");
            });
            Steps.log("ana's mail: %s", admissions.mailSubjects("ana"));
            assertThat(sys.as(actors.mentee("cleo"))
                            .get("/api/v1/certificates")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("items"))
                    .isEmpty();
        });
    }

    @Test
    @Order(9)
    void dashboardsShowWhatEachPersonShouldSee() {
        step("9 dashboards", () -> {
            dashboards.menteeSeesOnlyOwn("ana", List.of("ben", "cleo", "dan", "eve"));
            dashboards.menteeSeesOnlyOwn("cleo", List.of("ana", "ben"));
            dashboards.mentorDashboard("mia");
            dashboards.anonymousRefused();
        });
    }

    @Test
    @Order(10)
    void peopleReadTheirFeedExportTheirDataAndAreForgotten() {
        step("9b notification feed, export, erasure", () -> {
            // ana's survey-open notice (step 8) came to her feed only: no mail for it.
            Map<String, Object> surveyOpen = surveyOpenNotice;
            assertThat(admissions.mailSubjects("ana")).hasSize(2);
            sys.as(actors.mentee("ana"))
                    .post("/api/v1/me/notifications/" + surveyOpen.get("id") + "/read")
                    .then()
                    .statusCode(204);
            // Her Letter of Completion is in her feed too (and was mailed: a mandatory kind).
            assertThat(people.notifications(actors.mentee("ana")).getList("items.kind", String.class))
                    .contains("certificate", "survey-open");
            // Her export has every service's part.
            JsonPath export = people.export(actors.mentee("ana"));
            assertThat(export.getMap("services").keySet())
                    .contains("application", "evaluation", "stipend", "certificate", "webhook");
            // eve, never accepted, asks to be forgotten: her name is gone from what the program holds.
            JsonPath request = people.erase(actors.mentee("eve"));
            String pseudonym = "erased-" + request.getString("id").substring(0, 8);
            Steps.eventually(
                    "eve erased",
                    () -> assertThat(people.export(actors.mentee("eve")).prettify())
                            .doesNotContain("Eve Lind")
                            .contains(pseudonym));
        });
    }

    @Test
    @Order(11)
    void theEventsTellTheSameStory() {
        step(
                "10 events on the four topics",
                () -> Steps.eventually("events", () -> EventChecks.assertStory(events, story, actors)));
    }

    @Test
    @Order(12)
    void everyRequestAndAnswerMatchesThePublishedContract() {
        // Not skipped after an earlier failure: what was checked until then still counts.
        List<String> violations = contract.violations();
        violations.forEach(v -> Steps.log("contract: %s", v));
        Steps.log(
                "contract: %d requests checked against the merged document, %d violations",
                contract.checked(), violations.size());
        assertThat(contract.checked()).isGreaterThan(100);
        assertThat(violations).isEmpty();
    }

    private static final String WORK_PRODUCT = "https://github.com/example/logging/pulls?q=author%3Aana";

    private static void step(String name, org.awaitility.core.ThrowingRunnable body) {
        Assumptions.assumeFalse(failed, "an earlier step failed");
        long started = System.nanoTime();
        Steps.log("== step %s", name);
        try {
            body.run();
            Steps.log("== step %s: OK", name);
        } catch (Throwable t) {
            failed = true;
            Steps.log("== step %s: FAILED: %s", name, t.getMessage());
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new AssertionError(t);
        } finally {
            timings.put(name, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
