package org.mentorship.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorship.application.policy.ReviewPolicyTest.assertProblem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.model.Application;

/** The selection rules of stage 2 on their own. */
class SelectionPolicyTest {

    private static final Instant EARLIEST = Instant.parse("2027-01-26T09:00:00Z");

    @Test
    void aRejectionSaysWhy() {
        assertThat(SelectionPolicy.rejectionReason("  not a fit  ")).isEqualTo("not a fit");
        assertProblem(() -> SelectionPolicy.rejectionReason(null), "reason-required", 422);
        assertProblem(() -> SelectionPolicy.rejectionReason(" "), "reason-required", 422);
    }

    @Test
    void noAcceptanceBeforeTheReviewMinimumWithoutAnOverrideReason() {
        assertProblem(
                () -> SelectionPolicy.overridesReviewMinimum(EARLIEST, EARLIEST.minusSeconds(1), null),
                "review-minimum-not-reached",
                422);
        assertProblem(
                () -> SelectionPolicy.overridesReviewMinimum(EARLIEST, EARLIEST.minusSeconds(1), " "),
                "review-minimum-not-reached",
                422);
    }

    @Test
    void anOverrideReasonAllowsAnEarlyAcceptanceAndIsKeptAsOne() {
        assertThat(SelectionPolicy.overridesReviewMinimum(EARLIEST, EARLIEST.minusSeconds(1), "strong candidate"))
                .isTrue();
    }

    @Test
    void fromTheReviewMinimumOnNoOverrideIsNeeded() {
        assertThat(SelectionPolicy.overridesReviewMinimum(EARLIEST, EARLIEST, null))
                .isFalse();
        assertThat(SelectionPolicy.overridesReviewMinimum(EARLIEST, EARLIEST.plusSeconds(60), "ignored"))
                .isFalse();
    }

    @Test
    void neverBeyondTheProjectsSlots() {
        SelectionPolicy.requireFreeSlot(2, 1, "CLI docs");
        assertProblem(() -> SelectionPolicy.requireFreeSlot(2, 2, "CLI docs"), "no-free-slot", 409);
        assertProblem(() -> SelectionPolicy.requireFreeSlot(0, 0, "CLI docs"), "no-free-slot", 409);
    }

    @Test
    void aProjectsSlotsNeverDropBelowItsAcceptedApplicants() {
        SelectionPolicy.requireSlotsCoverAccepted(2, 2);
        assertProblem(() -> SelectionPolicy.requireSlotsCoverAccepted(1, 2), "slots-below-accepted", 409);
    }

    @Test
    void acceptedToAtMostOneProjectPerTerm() {
        SelectionPolicy.requireNotAcceptedInTerm(false);
        assertProblem(() -> SelectionPolicy.requireNotAcceptedInTerm(true), "already-accepted-in-term", 409);
    }

    @Test
    void acceptingOneWithdrawsTheOtherOpenApplicationsOfTheTerm() {
        Application accepted = application();
        Application other = application();
        Application third = application();
        assertThat(SelectionPolicy.withdrawnOnAcceptance(accepted, List.of(other, accepted, third)))
                .containsExactly(other, third);
        assertThat(SelectionPolicy.withdrawnOnAcceptance(accepted, List.of(accepted)))
                .isEmpty();
    }

    private static Application application() {
        Application a = new Application();
        a.id = UUID.randomUUID();
        return a;
    }
}
