package org.mentorship.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;

/** The review rules of stage 1 on their own. */
class ReviewPolicyTest {

    private static final Instant SUBMITTED = Instant.parse("2027-01-12T09:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-02-10T00:00:00Z");

    @Test
    void aReviewLastsAtLeastFourteenDaysWhateverIsConfigured() {
        assertThat(new ReviewPolicy(7, 21).minimumDays()).isEqualTo(14);
        assertThat(new ReviewPolicy(0, 0).reviewDays(null)).isEqualTo(14);
        assertThat(new ReviewPolicy(7, 10).earliestDecision(SUBMITTED)).isEqualTo(SUBMITTED.plus(Duration.ofDays(14)));
    }

    @Test
    void aDeploymentMayRaiseTheMinimum() {
        ReviewPolicy policy = new ReviewPolicy(20, 21);
        assertThat(policy.minimumDays()).isEqualTo(20);
        assertThat(policy.earliestDecision(SUBMITTED)).isEqualTo(SUBMITTED.plus(Duration.ofDays(20)));
        assertProblem(() -> policy.reviewDays(19), "review-period-too-short", 422);
    }

    @Test
    void aTermWithoutAReviewPeriodGetsTheDefaultRaisedToTheMinimum() {
        assertThat(new ReviewPolicy(14, 21).reviewDays(null)).isEqualTo(21);
        assertThat(new ReviewPolicy(30, 21).reviewDays(null)).isEqualTo(30);
    }

    @Test
    void aTermsReviewPeriodIsNeverBelowTheMinimum() {
        ReviewPolicy policy = new ReviewPolicy(14, 21);
        assertThat(policy.reviewDays(14)).isEqualTo(14);
        assertThat(policy.reviewDays(40)).isEqualTo(40);
        assertProblem(() -> policy.reviewDays(13), "review-period-too-short", 422);
    }

    @Test
    void theReviewPeriodEndsItsReviewDaysAfterApplicationsClose() {
        assertThat(ReviewPolicy.reviewEndsAt(CLOSES, 21)).isEqualTo(Instant.parse("2027-03-03T00:00:00Z"));
    }

    @Test
    void prerequisitesAndAcceptancesEndWithTheReviewPeriod() {
        Instant ends = ReviewPolicy.reviewEndsAt(CLOSES, 21);
        ReviewPolicy.requireReviewRunning(ends, ends.minusNanos(1_000));
        assertProblem(() -> ReviewPolicy.requireReviewRunning(ends, ends), "review-period-ended", 409);
        assertProblem(() -> ReviewPolicy.requireReviewRunning(ends, ends.plusSeconds(1)), "review-period-ended", 409);
    }

    @Test
    void anApplicationWithUnapprovedPrerequisitesCannotBeAccepted() {
        ReviewPolicy.requirePrerequisitesApproved(true);
        assertProblem(() -> ReviewPolicy.requirePrerequisitesApproved(false), "prerequisites-incomplete", 422);
    }

    @Test
    void anApplicationOpenAtReviewEndClosesAsNotAcceptedSayingWhy() {
        assertThat(ReviewPolicy.closingReason(true)).isEqualTo("not selected");
        assertThat(ReviewPolicy.closingReason(false)).isEqualTo("prerequisites incomplete");
    }

    static void assertProblem(Runnable rule, String slug, int status) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.slug()).isEqualTo(slug);
            assertThat(e.status()).isEqualTo(status);
        });
    }
}
