package org.mentorship.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorship.evaluation.policy.Fixtures.evaluation;
import static org.mentorship.evaluation.policy.Fixtures.slugOf;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationStatus;
import org.mentorship.evaluation.model.Outcome;
import org.mentorship.evaluation.model.ReviewDecision;
import org.mentorship.evaluation.model.Settlement;

/** Which evaluation "terminate and pay the earned installment" may name, one test per rule of SettlementPolicy. */
class SettlementPolicyTest {

    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void aPayEarnedEndNamesAnEvaluationAndACancelUnpaidEndNamesNone() {
        assertThatCode(() -> SettlementPolicy.requireNamedOnlyToPay(Settlement.PAY_EARNED, 2))
                .doesNotThrowAnyException();
        assertThatCode(() -> SettlementPolicy.requireNamedOnlyToPay(Settlement.CANCEL_UNPAID, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SettlementPolicy.requireNamedOnlyToPay(Settlement.PAY_EARNED, null))
                .satisfies(e -> assertThat(slugOf(e)).isEqualTo("earned-evaluation-required"));
        assertThatThrownBy(() -> SettlementPolicy.requireNamedOnlyToPay(Settlement.CANCEL_UNPAID, 2))
                .satisfies(e -> assertThat(slugOf(e)).isEqualTo("earned-evaluation-required"));
    }

    @Test
    void theNamedEvaluationIsOneOfThisMentorships() {
        List<Evaluation> schedule = schedule(passed(1), passed(2), scheduled(3));
        assertThatThrownBy(() -> SettlementPolicy.requireEarnable(schedule, 4, day(100)))
                .satisfies(e -> assertThat(slugOf(e)).isEqualTo("evaluation-not-earnable"));
    }

    @Test
    void theNamedEvaluationIsSubmittedReviewedOrUnderReview() {
        Evaluation underReview = evaluation(2, 3, EvaluationStatus.UNDER_REVIEW, Outcome.FAIL);
        Evaluation reopened = evaluation(2, 3, EvaluationStatus.REOPENED, Outcome.PASS);
        Instant late = day(100);
        assertThatCode(() -> SettlementPolicy.requireEarnable(schedule(passed(1), underReview, scheduled(3)), 2, late))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SettlementPolicy.requireEarnable(schedule(passed(1), reopened, scheduled(3)), 2, late))
                .satisfies(e -> assertThat(slugOf(e)).isEqualTo("evaluation-not-earnable"));
        assertThatThrownBy(
                        () -> SettlementPolicy.requireEarnable(schedule(passed(1), passed(2), scheduled(3)), 3, late))
                .satisfies(e -> assertThat(slugOf(e)).isEqualTo("evaluation-not-earnable"));
    }

    @Test
    void theNamedEvaluationIsNotBeyondTheLastEvaluationThatWasDue() {
        // Due on days 28, 56, 84: on day 60 evaluation 2 was the last due; 3 was submitted early in its window.
        List<Evaluation> schedule = schedule(passed(1), passed(2), passed(3));
        assertThat(SettlementPolicy.lastDue(schedule, day(60))).isEqualTo(2);
        assertThatCode(() -> SettlementPolicy.requireEarnable(schedule, 2, day(60)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SettlementPolicy.requireEarnable(schedule, 3, day(60)))
                .satisfies(e -> assertThat(slugOf(e)).isEqualTo("evaluation-not-earnable"));
        assertThatThrownBy(() -> SettlementPolicy.requireEarnable(schedule, 1, day(27)))
                .satisfies(e -> assertThat(slugOf(e)).isEqualTo("evaluation-not-earnable"));
        assertThatCode(() -> SettlementPolicy.requireEarnable(schedule, 1, day(28)))
                .doesNotThrowAnyException();
    }

    @Test
    void terminateAndPayNamesTheEvaluationUnderReviewAndConfirmNamesNone() {
        Evaluation underReview = evaluation(2, 3, EvaluationStatus.UNDER_REVIEW, Outcome.FAIL);
        assertThat(SettlementPolicy.earnedByReview(ReviewDecision.TERMINATE_AND_PAY, underReview))
                .isEqualTo(2);
        assertThat(SettlementPolicy.earnedByReview(ReviewDecision.CONFIRM, underReview))
                .isNull();
        assertThat(SettlementPolicy.earnedByReview(ReviewDecision.OVERTURN, underReview))
                .isNull();
        assertThat(ReviewDecision.TERMINATE_AND_PAY.outcome()).isEqualTo(Outcome.FAIL);
    }

    private static Evaluation passed(int number) {
        return evaluation(number, 3, EvaluationStatus.SUBMITTED, Outcome.PASS);
    }

    private static Evaluation scheduled(int number) {
        return evaluation(number, 3, EvaluationStatus.SCHEDULED, null);
    }

    /** Each evaluation due 28 days after the one before, from the program start. */
    private static List<Evaluation> schedule(Evaluation... evaluations) {
        for (Evaluation e : evaluations) {
            e.dueAt(day(28 * e.number));
        }
        return List.of(evaluations);
    }

    private static Instant day(int n) {
        return START.plus(Duration.ofDays(n));
    }
}
