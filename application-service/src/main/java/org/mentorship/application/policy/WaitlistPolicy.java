package org.mentorship.application.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;

/**
 * A waitlist per project (issue 18, selection for thousands):
 * <ol>
 * <li>a coordinator waitlists an open application under the rules of an acceptance except the free slot (the review
 * running, prerequisites approved, the review minimum, nobody deciding their own or a co-mentor's application);
 * <li>the waitlist's order is the order of waitlisting (the coordinator's order of decisions: no positions to keep);
 * <li>when an accepted application of the project is withdrawn (the applicant declines before onboarding completes),
 * the first waitlisted one is accepted into the freed slot in the same transaction, as a normal acceptance;
 * <li>the waitlist closes when the term's program starts: who is still waitlisted then is not selected.
 * </ol>
 */
public final class WaitlistPolicy {

    /** The reason in the history of an application accepted from the waitlist. */
    public static final String OFFERED_FREED_SLOT = "offered the freed slot";

    /** Why a waitlisted application is closed when the program starts. */
    public static final String CLOSED_AT_PROGRAM_START = "not selected: the waitlist closed when the program started";

    /** A slot is freed only by an accepted application leaving (one onboarded has begun its mentorship). */
    public static boolean freesSlot(ApplicationStatus before) {
        return before == ApplicationStatus.ACCEPTED;
    }

    /**
     * The application offered a freed slot: the first of the waitlist (in its order), when the project has a slot
     * free and its program has not started yet; empty otherwise. One the selection rules would not accept now (held by
     * a project she prefers, SelectionPolicy.releasedBy) is passed over and keeps its place.
     *
     * @param waitlist the project's waitlisted applications, first waitlisted first
     */
    public static Optional<Application> nextOffer(
            List<Application> waitlist,
            Predicate<Application> acceptable,
            int slots,
            long taken,
            LocalDate programStart,
            LocalDate today) {
        if (taken >= slots || closed(programStart, today)) {
            return Optional.empty();
        }
        return waitlist.stream().filter(acceptable).findFirst();
    }

    /** The waitlist closes on the program's first day. */
    public static boolean closed(LocalDate programStart, LocalDate today) {
        return !today.isBefore(programStart);
    }

    private WaitlistPolicy() {}
}
