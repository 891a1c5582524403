package org.mentorship.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorship.evaluation.policy.Fixtures.DUE;
import static org.mentorship.evaluation.policy.Fixtures.evaluation;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationStatus;
import org.mentorship.evaluation.model.Outcome;

/** The governance rules of an evaluation (issue 18, item 5), one test each, in FailReviewPolicy's order. */
class FailReviewPolicyTest {

    private final Instant submitted = DUE.minusSeconds(3600);
    private final Instant ends = submitted.plus(Duration.ofDays(7));

    @Test
    void onlyAFailIsHeldForReviewAndOnlyWhenTheWindowHasDays() {
        assertThat(FailReviewPolicy.heldForReview(Outcome.FAIL, 7)).isTrue();
        assertThat(FailReviewPolicy.heldForReview(Outcome.PASS, 7)).isFalse();
        assertThat(FailReviewPolicy.heldForReview(Outcome.EXTEND, 7)).isFalse();
        assertThat(FailReviewPolicy.heldForReview(Outcome.FAIL, 0)).isFalse(); // 0 days: final at once, as before
    }

    @Test
    void theWindowEndsTheConfiguredDaysAfterTheSubmission() {
        assertThat(FailReviewPolicy.reviewEndsAt(submitted, 7)).isEqualTo(submitted.plus(Duration.ofDays(7)));
        assertThat(FailReviewPolicy.reviewEndsAt(submitted, 3)).isEqualTo(submitted.plus(Duration.ofDays(3)));
    }

    @Test
    void theMenteeAppealsAFailUnderReviewOnceBeforeItsWindowEnds() {
        Evaluation e = underReview();
        assertThatCode(() -> FailReviewPolicy.requireAppealable(e, ends.minusSeconds(1)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> FailReviewPolicy.requireAppealable(e, ends))
                .extracting(Fixtures::slugOf)
                .isEqualTo("review-window-closed");
        e.appealedAt = submitted.plusSeconds(60);
        assertThatThrownBy(() -> FailReviewPolicy.requireAppealable(e, submitted.plusSeconds(120)))
                .extracting(Fixtures::slugOf)
                .isEqualTo("appeal-already-made");
        Evaluation passed = evaluation(1, 3, EvaluationStatus.SUBMITTED, Outcome.PASS);
        assertThatThrownBy(() -> FailReviewPolicy.requireAppealable(passed, submitted))
                .extracting(Fixtures::slugOf)
                .isEqualTo("evaluation-not-under-review");
    }

    @Test
    void aCoordinatorDecidesAFailUnderReviewInsideTheWindowOrAfterIt() {
        assertThatCode(() -> FailReviewPolicy.requireUnderReview(underReview())).doesNotThrowAnyException();
        Evaluation decided = evaluation(1, 3, EvaluationStatus.SUBMITTED, Outcome.FAIL);
        assertThatThrownBy(() -> FailReviewPolicy.requireUnderReview(decided))
                .extracting(Fixtures::slugOf)
                .isEqualTo("evaluation-not-under-review");
        Evaluation scheduled = evaluation(1, 3, EvaluationStatus.SCHEDULED, null);
        assertThatThrownBy(() -> FailReviewPolicy.requireUnderReview(scheduled))
                .extracting(Fixtures::slugOf)
                .isEqualTo("evaluation-not-under-review");
    }

    @Test
    void nobodyReviewsAFailTheySubmittedThemselves() {
        Evaluation e = underReview();
        e.submittedBy = "coordinator-cora";
        assertThatThrownBy(() -> FailReviewPolicy.requireReviewerIsNotSubmitter(e, "coordinator-cora"))
                .extracting(Fixtures::slugOf)
                .isEqualTo("self-dealing");
        assertThatCode(() -> FailReviewPolicy.requireReviewerIsNotSubmitter(e, "coordinator-carl"))
                .doesNotThrowAnyException();
    }

    @Test
    void aWindowEndingWithoutAnAppealConfirmsTheFailAndWithAnAppealItWaits() {
        Evaluation e = underReview();
        assertThat(FailReviewPolicy.confirmsByItself(e, ends.minusSeconds(1))).isFalse();
        assertThat(FailReviewPolicy.confirmsByItself(e, ends)).isTrue();
        e.appealedAt = submitted.plusSeconds(60);
        assertThat(FailReviewPolicy.confirmsByItself(e, ends.plusSeconds(86_400)))
                .isFalse();
        Evaluation decided = evaluation(1, 3, EvaluationStatus.SUBMITTED, Outcome.FAIL);
        decided.reviewEndsAt = ends;
        assertThat(FailReviewPolicy.confirmsByItself(decided, ends)).isFalse(); // confirmed once, never twice
    }

    @Test
    void aSubmissionOnBehalfOfAnAbsentMentorNeedsAReason() {
        assertThatThrownBy(() -> FailReviewPolicy.requireOnBehalfReason(" "))
                .extracting(Fixtures::slugOf)
                .isEqualTo("on-behalf-reason-required");
        assertThatThrownBy(() -> FailReviewPolicy.requireOnBehalfReason(null))
                .extracting(Fixtures::slugOf)
                .isEqualTo("on-behalf-reason-required");
        assertThatCode(() -> FailReviewPolicy.requireOnBehalfReason("Mentor on leave"))
                .doesNotThrowAnyException();
    }

    private Evaluation underReview() {
        Evaluation e = evaluation(1, 3, EvaluationStatus.UNDER_REVIEW, Outcome.FAIL);
        e.submittedBy = "mentor-mia";
        e.submittedAt = submitted;
        e.reviewEndsAt = ends;
        return e;
    }
}
