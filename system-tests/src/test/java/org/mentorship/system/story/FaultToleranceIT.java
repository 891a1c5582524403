package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mentorship.launcher.Components;
import org.mentorship.system.fault.Faults;
import org.mentorship.system.fault.Recovery;
import org.mentorship.system.flow.SharedSystem;

/**
 * A compact program run as separate processes, with real faults injected one after another while events flow:
 * each consuming service killed with kill -9 and started again, Kafka stopped for 30 s, one service's connection
 * pool exhausted, PostgreSQL stopped (90 s by default, {@code -Dmentorship.fault.database-outage=PT75S}). Afterwards
 * exactly the expected mentorships, payments and certificates exist, nothing is on a dead-letter topic, every
 * consumer still consumes, and no mail went out twice (see {@link FaultOutcomeChecks}). Each fault's recovery time is
 * printed ("[fault] ...") and the kill -9 ones must meet the bar: the first event applied at most 15 s after the
 * restarted service is healthy.
 *
 * <p>In the story package to reuse its steps. Cast (per-run suffix): ana and ben (logging, mentor mia), cleo and dan
 * (fuzzing, max), eve and fred (docs, mo). All but dan pass; dan fails evaluation 3; eve is ended by the coordinator
 * and fred is onboarded last, after every fault, to prove the consumers still consume.
 *
 * <p>Not on the ITs' shared system: its faults (kill -9, Kafka and PostgreSQL stopped, a pool exhausted) would reach
 * every other test, and its outcome checks count the whole system (six mentorships and no other, the scheduled and
 * cancelled payments of all, no dead letter on any topic), which needs a fresh database. It runs last
 * ({@code @Order}) and stops the shared system first, so two whole systems never run at once on two cores.
 */
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    static final Duration KILL_RECOVERY_BAR = Duration.ofSeconds(15);
    static final Duration KAFKA_OUTAGE = Duration.ofSeconds(30);
    static final Duration DATABASE_OUTAGE =
            Duration.parse(System.getProperty("mentorship.fault.database-outage", "PT90S"));
    /**
     * The pool stays exhausted this long after the events are sent: longer than three acquisition timeouts (5 s each),
     * after which an unguarded consumer gives up and dead-letters.
     */
    static final Duration POOL_HOLD = Duration.ofSeconds(20);
    /** The services' pool is 16 connections (platform default): 24 reads take all of them and queue 8 more. */
    static final int POOL_SIZE = 16;

    static final int POOL_BURST = 24;
    static final List<String> CONSUMERS =
            List.of(Components.APPLICATION, Components.EVALUATION, Components.STIPEND, Components.CERTIFICATE);

    static StorySystem sys;
    static Actors actors;
    static final Story story = new Story();
    static AdmissionsSteps admissions;
    static OnboardingSteps onboarding;
    static EvaluationSteps evaluations;
    static StipendSteps stipends;
    static CertificateSteps certificates;
    static Faults faults;
    private static final List<String> slowRecoveries = new ArrayList<>();
    /** Set when a step the others build on failed (the term, the onboarding): the rest is skipped then. */
    private static boolean foundationFailed;

    private static boolean anyFailed;
    private static long started;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeFalse(
                Boolean.getBoolean("mentorship.story.external"), "faults are injected only into a system started here");
        started = System.nanoTime();
        SharedSystem.release();
        sys = StorySystem.own();
        actors = new Actors(sys);
        admissions = new AdmissionsSteps(sys, actors, story);
        onboarding = new OnboardingSteps(sys, actors, story);
        evaluations = new EvaluationSteps(sys, actors, story);
        stipends = new StipendSteps(sys, actors, story);
        certificates = new CertificateSteps(sys, actors, story);
        faults = new Faults(sys.system);
    }

    @AfterAll
    static void stop() {
        if (faults != null) {
            faults.report();
        }
        if (sys != null) {
            if (anyFailed) {
                keepLogs();
            }
            sys.close();
        }
        Steps.log("FaultToleranceIT wall time %d s", (System.nanoTime() - started) / 1_000_000_000);
    }

    @Test
    @Order(1)
    void aTermWithThreeProjectsAndSixAcceptedMentees() {
        foundation("term, projects, six accepted", () -> {
            ProgramSetup setup = new ProgramSetup(sys, actors, story);
            // Decisions told at once: onboarding follows the acceptances directly.
            setup.openTerm(false);
            setup.project("logging", "Structured logging", "mia", "Fix a logging bug");
            setup.project("fuzzing", "Fuzzing the parser", "max", "Add a fuzz target");
            setup.project("docs", "Documentation", "mo", "Fix a typo");
            for (String project : List.of("logging", "fuzzing", "docs")) {
                setup.stipendPlan(project);
            }
            setup.requiredExam("logging");
            setup.requiredExam("fuzzing");
            setup.survey();
            for (Map.Entry<String, String> m : FaultOutcomeChecks.PROJECT_OF.entrySet()) {
                admissions.profile(m.getKey(), FaultOutcomeChecks.legalName(m.getKey()), null);
                admissions.apply(m.getKey(), m.getValue());
                admissions.prerequisites(m.getKey(), m.getValue(), 1, 1);
            }
            sys.advance(Duration.ofDays(15));
            FaultOutcomeChecks.PROJECT_OF.forEach(
                    (mentee, project) -> admissions.decide(mentee, project, "ACCEPT", null, 200));
        });
    }

    @Test
    @Order(2)
    void evaluationServiceKilledWhileMenteesAreOnboarded() {
        foundation("kill -9 evaluation-service during onboarding", () -> {
            onboard("ana");
            onboard("ben");
            Recovery r = faults.killAndRestart(Components.EVALUATION, () -> {
                onboard("cleo");
                onboard("dan");
            });
            checkKillBar(r);
            for (String mentee : List.of("ana", "ben", "cleo", "dan")) {
                onboarding.awaitMentorshipStarted(mentee);
                onboarding.payee(mentee, mentee.toUpperCase());
            }
        });
    }

    @Test
    @Order(3)
    void kafkaStoppedDuringTheFirstEvaluations() {
        step("Kafka stopped during evaluation 1", () -> {
            sys.advance(Duration.ofDays(60));
            evaluations.pass("ana", 1);
            // Evaluations still commit while the broker is away: their events wait in evaluation-service's outbox.
            faults.kafkaOutage(
                    KAFKA_OUTAGE, List.of(Components.STIPEND, Components.CERTIFICATE, Components.APPLICATION), () -> {
                        for (String mentee : List.of("ben", "cleo", "dan")) {
                            evaluations.pass(mentee, 1);
                        }
                    });
        });
    }

    @Test
    @Order(4)
    void stipendServiceKilledWhileEvaluationPassedEventsAreInFlight() {
        step("kill -9 stipend-service during evaluation 2", () -> {
            evaluations.pass("ana", 2);
            evaluations.pass("ben", 2);
            Recovery r = faults.killAndRestart(Components.STIPEND, () -> {
                evaluations.pass("cleo", 2);
                evaluations.pass("dan", 2);
            });
            checkKillBar(r);
            for (String mentee : List.of("ana", "ben", "cleo", "dan")) {
                stipends.awaitInstallments(mentee, List.of(1));
            }
        });
    }

    @Test
    @Order(5)
    void stipendPoolExhaustedWhileTheFinalEvaluationsArrive() {
        step("stipend-service pool exhausted during evaluation 3", () -> {
            for (String mentee : List.of("ana", "ben", "cleo")) {
                evaluations.finishPlan(mentee);
            }
            String reads = sys.system.serviceUrl(Components.STIPEND) + "/api/v1/payments?mentorshipId="
                    + story.mentorship("ana");
            faults.poolExhaustion(
                    Components.STIPEND, "payment", reads, actors.finance(), POOL_SIZE, POOL_BURST, POOL_HOLD, () -> {
                        evaluations.pass("ana", 3);
                        evaluations.pass("ben", 3);
                    });
            stipends.awaitInstallments("ana", List.of(1, 2));
            stipends.awaitInstallments("ben", List.of(1, 2));
        });
    }

    @Test
    @Order(6)
    void certificateServiceKilledAsMentorshipsEnd() {
        step("kill -9 certificate-service as mentorships end", () -> {
            evaluations.pass("cleo", 3);
            Recovery r = faults.killAndRestart(Components.CERTIFICATE, () -> evaluations.fail("dan", 3));
            checkKillBar(r);
            stipends.awaitInstallments("cleo", List.of(1, 2));
            Steps.eventually(
                    "dan's completion closed",
                    () -> assertThat(certificates.completionStatus("dan")).isEqualTo("CLOSED"));
            Steps.eventually(
                    "dan's agreement ended",
                    () -> assertThat(stipends.agreementStatus("dan")).isEqualTo("ENDED"));
        });
    }

    @Test
    @Order(7)
    void postgresStoppedWhileEveryConsumerHoldsARecord() {
        step("PostgreSQL stopped " + DATABASE_OUTAGE.toSeconds() + " s", () -> {
            certificates.examResult("ana", 85, true);
            // ana's certificate goes to application-service, eve's MenteeOnboarded to the three others.
            faults.databaseOutage(DATABASE_OUTAGE, CONSUMERS, () -> {
                certificates.answerSurvey("ana");
                onboard("eve");
            });
            certificates.awaitCertificate("ana");
            onboarding.awaitMentorshipStarted("eve");
            Steps.eventually(
                    "ana graduated",
                    () -> assertThat(admissions.status("ana", "logging")).isEqualTo("GRADUATED"));
        });
    }

    @Test
    @Order(8)
    void applicationServiceKilledWhileCertificatesAreIssued() {
        step("kill -9 application-service while certificates are issued", () -> {
            certificates.examResult("ben", 80, true);
            certificates.examResult("cleo", 90, true);
            certificates.answerSurvey("ben");
            Recovery r = faults.killAndRestart(Components.APPLICATION, () -> certificates.answerSurvey("cleo"));
            checkKillBar(r);
            certificates.awaitCertificate("ben");
            certificates.awaitCertificate("cleo");
            for (String mentee : List.of("ben", "cleo")) {
                Steps.eventually(
                        mentee + " graduated",
                        () -> assertThat(admissions.status(mentee, story.projectOf.get(mentee)))
                                .isEqualTo("GRADUATED"));
            }
        });
    }

    @Test
    @Order(9)
    void afterEveryFaultEveryConsumerStillConsumes() {
        step("every consumer consumes after the faults", () -> checks().everyConsumerConsumes());
    }

    @Test
    @Order(10)
    void exactlyTheExpectedMentorshipsPaymentsCertificatesAndMail() {
        step("exactly the expected outcome", () -> {
            FaultOutcomeChecks checks = checks();
            // Every check runs, so one run's report names every way the outcome differs.
            List<String> failures = new ArrayList<>();
            Map<String, org.awaitility.core.ThrowingRunnable> all = new java.util.LinkedHashMap<>();
            all.put("dead letters", checks::noDeadLetters);
            all.put("mentorships", checks::mentorships);
            all.put("payments", checks::payments);
            all.put("certificates", checks::certificates);
            all.put("mail", checks::noMailTwice);
            all.forEach((what, check) -> {
                try {
                    check.run();
                } catch (Throwable t) {
                    failures.add(what + ": " + t.getMessage());
                }
            });
            assertThat(failures).as("outcome after the faults").isEmpty();
        });
    }

    @Test
    @Order(11)
    void killedServicesAppliedTheirEventsWithinTheBar() {
        faults.report();
        assertThat(slowRecoveries)
                .as("kill -9 recoveries slower than %s s after healthy", KILL_RECOVERY_BAR.toSeconds())
                .isEmpty();
    }

    private static FaultOutcomeChecks checks() {
        return new FaultOutcomeChecks(sys, actors, story, faults, admissions, onboarding, stipends);
    }

    private static void onboard(String mentee) {
        onboarding.onboard(mentee, FaultOutcomeChecks.PROJECT_OF.get(mentee), FaultOutcomeChecks.legalName(mentee));
    }

    /** Noted rather than thrown, so the later faults still run and report their figures. */
    private static void checkKillBar(Recovery r) {
        if (r.figure("healthy->first event applied").compareTo(KILL_RECOVERY_BAR) > 0) {
            slowRecoveries.add(r.toString());
        }
    }

    /** The components' logs survive the temporary home, for the failsafe report of a failed run. */
    private static void keepLogs() {
        java.nio.file.Path target = java.nio.file.Path.of("target", "fault-tolerance-logs");
        try (var logs = java.nio.file.Files.list(sys.system.logsDir())) {
            java.nio.file.Files.createDirectories(target);
            for (java.nio.file.Path log : logs.toList()) {
                java.nio.file.Files.copy(
                        log, target.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Steps.log("components' logs kept in %s", target.toAbsolutePath());
        } catch (java.io.IOException e) {
            Steps.log("could not keep the logs: %s", e);
        }
    }

    /**
     * A failed fault step does not skip the next faults (their figures are wanted too); a failed foundation does.
     */
    private static void step(String name, org.awaitility.core.ThrowingRunnable body) {
        step(name, false, body);
    }

    private static void foundation(String name, org.awaitility.core.ThrowingRunnable body) {
        step(name, true, body);
    }

    private static void step(String name, boolean foundation, org.awaitility.core.ThrowingRunnable body) {
        Assumptions.assumeFalse(foundationFailed, "a step the others build on failed");
        long begin = System.nanoTime();
        Steps.log("== fault step %s", name);
        try {
            body.run();
            Steps.log("== fault step %s: OK in %d ms", name, (System.nanoTime() - begin) / 1_000_000);
        } catch (Throwable t) {
            anyFailed = true;
            foundationFailed |= foundation;
            Steps.log("== fault step %s: FAILED after %d ms: %s", name, (System.nanoTime() - begin) / 1_000_000, t);
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new AssertionError(t);
        }
    }
}
