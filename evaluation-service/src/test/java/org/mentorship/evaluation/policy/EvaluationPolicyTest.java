package org.mentorship.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorship.evaluation.policy.Fixtures.DUE;
import static org.mentorship.evaluation.policy.Fixtures.evaluation;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationStatus;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.model.Outcome;

/** The stage 4 rules of one evaluation, on their own. */
class EvaluationPolicyTest {

    private final Instant inWindow = DUE.minusSeconds(3600);

    @Test
    void aSubmittedEvaluationIsLocked() {
        Evaluation submitted = evaluation(1, 3, EvaluationStatus.SUBMITTED, Outcome.PASS);
        assertThatThrownBy(() -> EvaluationPolicy.requireSubmittable(submitted, null, inWindow))
                .extracting(Fixtures::slugOf)
                .isEqualTo("evaluation-locked");
    }

    @Test
    void aReopenedEvaluationIsSubmittedAgain() {
        Evaluation reopened = evaluation(1, 3, EvaluationStatus.REOPENED, Outcome.PASS);
        assertThatCode(() -> EvaluationPolicy.requireSubmittable(reopened, null, inWindow))
                .doesNotThrowAnyException();
    }

    @Test
    void evaluationsAreSubmittedInOrderAfterThePreviousPassed() {
        Evaluation second = evaluation(2, 3, EvaluationStatus.SCHEDULED, null);
        Evaluation pending = evaluation(1, 3, EvaluationStatus.SCHEDULED, null);
        Evaluation reopened = evaluation(1, 3, EvaluationStatus.REOPENED, Outcome.PASS);
        Evaluation passed = evaluation(1, 3, EvaluationStatus.SUBMITTED, Outcome.PASS);
        assertThatThrownBy(() -> EvaluationPolicy.requireSubmittable(second, pending, inWindow))
                .extracting(Fixtures::slugOf)
                .isEqualTo("previous-evaluation-pending");
        assertThatThrownBy(() -> EvaluationPolicy.requireSubmittable(second, reopened, inWindow))
                .extracting(Fixtures::slugOf)
                .isEqualTo("previous-evaluation-pending");
        assertThatCode(() -> EvaluationPolicy.requireSubmittable(second, passed, inWindow))
                .doesNotThrowAnyException();
    }

    @Test
    void notBeforeTheWindowOpensButLateIsAccepted() {
        Evaluation e = evaluation(1, 3, EvaluationStatus.SCHEDULED, null);
        assertThatThrownBy(() -> EvaluationPolicy.requireSubmittable(e, null, e.windowOpensAt.minusSeconds(1)))
                .extracting(Fixtures::slugOf)
                .isEqualTo("evaluation-window-not-open");
        assertThatCode(() -> EvaluationPolicy.requireSubmittable(e, null, DUE.plusSeconds(86_400 * 30)))
                .doesNotThrowAnyException();
    }

    @Test
    void theLockIsCheckedBeforeTheOrderAndTheWindow() {
        Evaluation locked = evaluation(2, 3, EvaluationStatus.SUBMITTED, Outcome.PASS);
        Evaluation reopened = evaluation(1, 3, EvaluationStatus.REOPENED, Outcome.PASS);
        assertThatThrownBy(() -> EvaluationPolicy.requireSubmittable(locked, reopened, Instant.EPOCH))
                .extracting(Fixtures::slugOf)
                .isEqualTo("evaluation-locked");
    }

    @Test
    void onlyASubmittedEvaluationIsReopened() {
        assertThatCode(() ->
                        EvaluationPolicy.requireReopenable(evaluation(1, 3, EvaluationStatus.SUBMITTED, Outcome.PASS)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() ->
                        EvaluationPolicy.requireReopenable(evaluation(1, 3, EvaluationStatus.REOPENED, Outcome.PASS)))
                .extracting(Fixtures::slugOf)
                .isEqualTo("evaluation-not-submitted");
        assertThatThrownBy(() -> EvaluationPolicy.requireReopenable(evaluation(1, 3, EvaluationStatus.SCHEDULED, null)))
                .extracting(Fixtures::slugOf)
                .isEqualTo("evaluation-not-submitted");
    }

    @Test
    void onlyAnExtensionTakesWeeksAndItNeedsThem() {
        Mentorship m = new Mentorship();
        m.id = UUID.randomUUID();
        m.extensionWeeks = 4;
        assertThatThrownBy(() -> EvaluationPolicy.requireWeeksFitOutcome(m, Outcome.EXTEND, null))
                .extracting(Fixtures::slugOf)
                .isEqualTo("extension-weeks-required");
        assertThatThrownBy(() -> EvaluationPolicy.requireWeeksFitOutcome(m, Outcome.PASS, 1))
                .extracting(Fixtures::slugOf)
                .isEqualTo("extension-weeks-unexpected");
        assertThatThrownBy(() -> EvaluationPolicy.requireWeeksFitOutcome(m, Outcome.EXTEND, 2))
                .extracting(Fixtures::slugOf)
                .isEqualTo("extension-limit-exceeded");
        assertThatCode(() -> EvaluationPolicy.requireWeeksFitOutcome(m, Outcome.EXTEND, 1))
                .doesNotThrowAnyException();
        assertThatCode(() -> EvaluationPolicy.requireWeeksFitOutcome(m, Outcome.FAIL, null))
                .doesNotThrowAnyException();
    }

    @Test
    void aFailEndsTheMentorshipAndAFinalPassMayCompleteIt() {
        assertThat(EvaluationPolicy.endsMentorship(Outcome.FAIL)).isTrue();
        assertThat(EvaluationPolicy.endsMentorship(Outcome.PASS)).isFalse();
        assertThat(EvaluationPolicy.endsMentorship(Outcome.EXTEND)).isFalse();
        Evaluation last = evaluation(3, 3, EvaluationStatus.SCHEDULED, null);
        Evaluation second = evaluation(2, 3, EvaluationStatus.SCHEDULED, null);
        assertThat(EvaluationPolicy.mayCompleteMentorship(last, Outcome.PASS)).isTrue();
        assertThat(EvaluationPolicy.mayCompleteMentorship(second, Outcome.PASS)).isFalse();
        assertThat(EvaluationPolicy.mayCompleteMentorship(last, Outcome.FAIL)).isFalse();
    }

    @Test
    void aReopenedEvaluationResubmittedWithAnotherOutcomeSaysSo() {
        assertThat(EvaluationPolicy.outcomeChanged(EvaluationStatus.REOPENED, Outcome.PASS, Outcome.FAIL))
                .isTrue();
        assertThat(EvaluationPolicy.outcomeChanged(EvaluationStatus.REOPENED, Outcome.PASS, Outcome.PASS))
                .isFalse();
        assertThat(EvaluationPolicy.outcomeChanged(EvaluationStatus.SCHEDULED, null, Outcome.FAIL))
                .isFalse();
        // A FAIL under review says so once it is final: against the outcome it replaced (null when not reopened).
        assertThat(EvaluationPolicy.outcomeChanged(Outcome.PASS, Outcome.FAIL)).isTrue();
        assertThat(EvaluationPolicy.outcomeChanged(Outcome.PASS, Outcome.PASS)).isFalse();
        assertThat(EvaluationPolicy.outcomeChanged(null, Outcome.FAIL)).isFalse();
    }

    @Test
    void aSubmittedEvaluationIsReopenedButOneUnderReviewIsDecided() {
        Evaluation underReview = evaluation(1, 3, EvaluationStatus.UNDER_REVIEW, Outcome.FAIL);
        assertThatThrownBy(() -> EvaluationPolicy.requireReopenable(underReview))
                .extracting(Fixtures::slugOf)
                .isEqualTo("evaluation-under-review");
        assertThatThrownBy(() -> EvaluationPolicy.requireSubmittable(underReview, null, inWindow))
                .extracting(Fixtures::slugOf)
                .isEqualTo("evaluation-locked");
        Evaluation second = evaluation(2, 3, EvaluationStatus.SCHEDULED, null);
        assertThatThrownBy(() -> EvaluationPolicy.requireSubmittable(second, underReview, inWindow))
                .extracting(Fixtures::slugOf)
                .isEqualTo("previous-evaluation-pending");
    }
}
