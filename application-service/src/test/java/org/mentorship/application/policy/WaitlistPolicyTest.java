package org.mentorship.application.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;

/** The waitlist rules on their own, one test per rule. */
class WaitlistPolicyTest {

    private static final LocalDate PROGRAM_START = LocalDate.parse("2027-03-01");
    private static final LocalDate BEFORE = PROGRAM_START.minusDays(1);

    @Test
    void onlyAnAcceptedApplicationLeavingFreesASlot() {
        assertThat(WaitlistPolicy.freesSlot(ApplicationStatus.ACCEPTED)).isTrue();
        for (ApplicationStatus other : List.of(
                ApplicationStatus.SUBMITTED,
                ApplicationStatus.WAITLISTED,
                ApplicationStatus.ONBOARDED,
                ApplicationStatus.REJECTED)) {
            assertThat(WaitlistPolicy.freesSlot(other)).as(other.name()).isFalse();
        }
    }

    @Test
    void theFirstWaitlistedIsOfferedTheFreedSlot() {
        Application first = waitlisted();
        Application second = waitlisted();
        assertThat(WaitlistPolicy.nextOffer(List.of(first, second), a -> true, 2, 1, PROGRAM_START, BEFORE))
                .containsSame(first);
    }

    @Test
    void oneTheSelectionRulesWouldNotAcceptIsPassedOver() {
        Application held = waitlisted();
        Application next = waitlisted();
        assertThat(WaitlistPolicy.nextOffer(List.of(held, next), a -> a != held, 2, 1, PROGRAM_START, BEFORE))
                .containsSame(next);
    }

    @Test
    void noOfferWithoutAFreeSlotOrAWaitlist() {
        assertThat(WaitlistPolicy.nextOffer(List.of(waitlisted()), a -> true, 2, 2, PROGRAM_START, BEFORE))
                .isEmpty();
        assertThat(WaitlistPolicy.nextOffer(List.of(), a -> true, 2, 1, PROGRAM_START, BEFORE))
                .isEmpty();
    }

    @Test
    void theWaitlistClosesWhenTheProgramStarts() {
        assertThat(WaitlistPolicy.closed(PROGRAM_START, BEFORE)).isFalse();
        assertThat(WaitlistPolicy.closed(PROGRAM_START, PROGRAM_START)).isTrue();
        assertThat(WaitlistPolicy.nextOffer(List.of(waitlisted()), a -> true, 2, 1, PROGRAM_START, PROGRAM_START))
                .isEmpty();
    }

    private static Application waitlisted() {
        Application application = Application.submit(
                UUID.randomUUID(), UUID.randomUUID(), "ana", "I want to learn", Instant.parse("2027-01-12T09:00:00Z"));
        application.waitlist("cora", Instant.parse("2027-01-27T09:00:00Z"), null);
        return application;
    }
}
