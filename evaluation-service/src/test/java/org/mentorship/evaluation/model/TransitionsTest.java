package org.mentorship.evaluation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;

/** Evaluations and mentorships change only from a state that allows it, and set what belongs together at once. */
class TransitionsTest {

    private static final Instant DUE = Instant.parse("2026-03-30T00:00:00Z");
    private final Submission pass = new Submission(4, 5, 4, "Well done", "Strong", Outcome.PASS, null);

    @Test
    void aSubmissionLocksTheEvaluationAndFlagsItLate() {
        Evaluation e = scheduled();
        EvaluationHistory h = e.submit(pass, "mentor-1", DUE.plusSeconds(60), null);
        assertThat(e.status).isEqualTo(EvaluationStatus.SUBMITTED);
        assertThat(e.isLocked()).isTrue();
        assertThat(e.late).isTrue();
        assertThat(e.submittedBy).isEqualTo("mentor-1");
        assertThat(h.action).isEqualTo("SUBMITTED");
        assertThat(h.fromStatus).isEqualTo(EvaluationStatus.SCHEDULED);
        assertThat(h.toStatus).isEqualTo(EvaluationStatus.SUBMITTED);
        assertThatThrownBy(() -> e.submit(pass, "mentor-1", DUE, null)).satisfies(x -> slug(x, "evaluation-locked"));
    }

    @Test
    void anExtensionPostponesTheDecisionAndKeepsItsScoresInTheHistoryOnly() {
        Evaluation e = scheduled();
        Submission extend = new Submission(2, 3, 2, "More time", null, Outcome.EXTEND, 2);
        EvaluationHistory h = e.postpone(extend, "mentor-1", DUE);
        assertThat(e.status).isEqualTo(EvaluationStatus.SCHEDULED);
        assertThat(e.outcome).isNull();
        assertThat(e.scoreTasks).isNull();
        assertThat(h.action).isEqualTo("EXTENDED");
        assertThat(h.scoreTasks).isEqualTo(2);
        assertThat(h.extensionWeeks).isEqualTo(2);
    }

    @Test
    void onlyASubmittedEvaluationIsReopenedAndTheReasonIsKept() {
        Evaluation e = scheduled();
        assertThatThrownBy(() -> e.reopen("typo", "coordinator-1", DUE))
                .satisfies(x -> slug(x, "evaluation-not-submitted"));
        e.submit(pass, "mentor-1", DUE, null);
        EvaluationHistory h = e.reopen("Scores swapped", "coordinator-1", DUE);
        assertThat(e.status).isEqualTo(EvaluationStatus.REOPENED);
        assertThat(e.outcome).isEqualTo(Outcome.PASS);
        assertThat(h.reason).isEqualTo("Scores swapped");
        assertThat(h.outcome).isEqualTo(Outcome.PASS);
    }

    @Test
    void aFailWithAReviewWindowIsLockedUnderReviewUntilDecided() {
        Evaluation e = scheduled();
        Submission fail = new Submission(1, 2, 1, "No contact", null, Outcome.FAIL, null);
        Instant ends = DUE.plusSeconds(7 * 86400);
        EvaluationHistory h = e.submit(fail, "mentor-1", DUE, ends);
        assertThat(e.status).isEqualTo(EvaluationStatus.UNDER_REVIEW);
        assertThat(e.isLocked()).isTrue();
        assertThat(e.passed()).isFalse();
        assertThat(e.reviewEndsAt).isEqualTo(ends);
        assertThat(h.toStatus).isEqualTo(EvaluationStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> e.reopen("typo", "coordinator-1", DUE))
                .satisfies(x -> slug(x, "evaluation-under-review"));

        EvaluationHistory appealed = e.appeal("I was ill", "mentee-1", DUE.plusSeconds(60));
        assertThat(appealed.action).isEqualTo("APPEALED");
        assertThat(appealed.reason).isEqualTo("I was ill");
        assertThat(e.appealStatement).isEqualTo("I was ill");
        assertThatThrownBy(() -> e.appeal("Again", "mentee-1", DUE)).satisfies(x -> slug(x, "appeal-already-made"));

        EvaluationHistory decided = e.decide(ReviewDecision.OVERTURN, "Documented illness", "coordinator-1", DUE);
        assertThat(e.status).isEqualTo(EvaluationStatus.SUBMITTED);
        assertThat(e.outcome).isEqualTo(Outcome.PASS);
        assertThat(e.passed()).isTrue();
        assertThat(e.reviewedBy).isEqualTo("coordinator-1");
        assertThat(e.reviewReason).isEqualTo("Documented illness");
        assertThat(decided.action).isEqualTo("REVIEW_OVERTURNED");
        assertThat(decided.outcome).isEqualTo(Outcome.PASS);
        assertThatThrownBy(() -> e.decide(ReviewDecision.CONFIRM, "again", "coordinator-2", DUE))
                .satisfies(x -> slug(x, "evaluation-not-under-review"));
    }

    @Test
    void aSubmissionOnBehalfOfAnAbsentMentorIsKeptAsSuchWithItsReason() {
        Evaluation e = scheduled();
        EvaluationHistory h = e.submit(pass, "coordinator-1", DUE, null);
        assertThatThrownBy(() -> e.onBehalfOfMentor(" ", h)).satisfies(x -> slug(x, "on-behalf-reason-required"));
        e.onBehalfOfMentor("Mentor on leave", h);
        assertThat(e.onBehalf).isTrue();
        assertThat(e.onBehalfReason).isEqualTo("Mentor on leave");
        assertThat(e.submittedBy).isEqualTo("coordinator-1");
        assertThat(h.onBehalf).isTrue();
        assertThat(h.reason).isEqualTo("Mentor on leave");
    }

    @Test
    void aMentorshipExtendsWithinItsBudgetAndEndsOnce() {
        Mentorship m = active();
        assertThat(m.extend(3)).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(m.status).isEqualTo(MentorshipStatus.EXTENDED);
        assertThat(m.endsOn).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(m.extensionWeeksLeft()).isEqualTo(2);
        assertThatThrownBy(() -> m.extend(3)).satisfies(x -> slug(x, "extension-limit-exceeded"));

        assertThat(m.terminate("Evaluation 2 of 3 failed", DUE)).isEqualTo(MentorshipStatus.EXTENDED);
        assertThat(m.endReason).isEqualTo("Evaluation 2 of 3 failed");
        assertThat(m.endedAt).isEqualTo(DUE);
        assertThatThrownBy(() -> m.complete(DUE)).satisfies(x -> slug(x, "mentorship-ended"));
        assertThatThrownBy(() -> m.extend(1)).satisfies(x -> slug(x, "mentorship-ended"));
    }

    private static void slug(Throwable thrown, String slug) {
        assertThat(thrown).isInstanceOf(ProblemException.class);
        assertThat(((ProblemException) thrown).slug()).isEqualTo(slug);
    }

    private static Evaluation scheduled() {
        Evaluation e = new Evaluation();
        e.id = UUID.randomUUID();
        e.mentorshipId = UUID.randomUUID();
        e.number = 1;
        e.total = 3;
        e.dueAt(DUE);
        e.status = EvaluationStatus.SCHEDULED;
        return e;
    }

    private static Mentorship active() {
        Mentorship m = new Mentorship();
        m.id = UUID.randomUUID();
        m.status = MentorshipStatus.ACTIVE;
        m.endsOn = LocalDate.of(2026, 5, 24);
        return m;
    }
}
