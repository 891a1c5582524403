package org.mentorship.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorship.application.policy.ReviewPolicyTest.assertProblem;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    @Test
    void anApplicationSheRankedHigherStaysOpenWhenAnotherIsAccepted() {
        Application accepted = ranked(2);
        Application higher = ranked(1);
        Application lower = ranked(3);
        Application unranked = application();
        assertThat(SelectionPolicy.withdrawnOnAcceptance(accepted, List.of(higher, lower, unranked)))
                .containsExactly(lower, unranked);
    }

    @Test
    void acceptedByAProjectOfHigherPreferenceReleasesTheOther() {
        Application held = ranked(2);
        held.accept("cora", EARLIEST, null, null);
        Application higher = ranked(1);
        assertThat(SelectionPolicy.releasedBy(higher, Optional.of(held))).containsSame(held);
        assertThat(SelectionPolicy.releasedBy(higher, Optional.empty())).isEmpty();
    }

    @Test
    void withoutRanksOrAgainstThemOrOnceOnboardedADoubleAcceptanceIsRefused() {
        Application held = ranked(2);
        held.accept("cora", EARLIEST, null, null);
        assertProblem(
                () -> SelectionPolicy.releasedBy(application(), Optional.of(held)), "already-accepted-in-term", 409);
        assertProblem(() -> SelectionPolicy.releasedBy(ranked(3), Optional.of(held)), "already-accepted-in-term", 409);
        held.onboard(UUID.randomUUID(), "cora");
        assertProblem(() -> SelectionPolicy.releasedBy(ranked(1), Optional.of(held)), "already-accepted-in-term", 409);
    }

    private static Application ranked(int rank) {
        Application a = Application.submit(UUID.randomUUID(), UUID.randomUUID(), "ana", null, EARLIEST);
        a.rank(rank);
        return a;
    }

    private static Application application() {
        Application a = new Application();
        a.id = UUID.randomUUID();
        return a;
    }
}
