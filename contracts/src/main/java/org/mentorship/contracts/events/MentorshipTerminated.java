package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/**
 * The mentorship ended early, after a failed evaluation or by a coordinator; {@code reason} says why.
 * {@code settlement} says what happens to the stipend: {@link #CANCEL_UNPAID} (also when absent, as in events written
 * before it was added) cancels every installment not yet paid; {@link #PAY_EARNED} ("terminate and pay the earned
 * installment") still pays the installment that evaluation {@code earnedEvaluation} earns, and cancels the rest.
 */
public record MentorshipTerminated(
        UUID mentorshipId,
        String menteeId,
        String reason,
        Instant terminatedAt,
        String settlement,
        Integer earnedEvaluation)
        implements DomainEvent {

    /** Every installment not yet paid is cancelled (the default, and the meaning of an absent settlement). */
    public static final String CANCEL_UNPAID = "CANCEL_UNPAID";
    /** The installment the evaluation {@code earnedEvaluation} earns is still paid; the rest are cancelled. */
    public static final String PAY_EARNED = "PAY_EARNED";

    public MentorshipTerminated {
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(menteeId, "menteeId");
        requireNonNull(reason, "reason");
        requireNonNull(terminatedAt, "terminatedAt");
        // Added later (additive): an event written before it has none, which means CANCEL_UNPAID.
        settlement = settlement == null ? CANCEL_UNPAID : settlement;
        if (PAY_EARNED.equals(settlement) && earnedEvaluation == null) {
            throw new IllegalArgumentException("A PAY_EARNED settlement names the evaluation that earned it");
        }
    }

    /** Termination that cancels every unpaid installment, as before settlements existed. */
    public MentorshipTerminated(UUID mentorshipId, String menteeId, String reason, Instant terminatedAt) {
        this(mentorshipId, menteeId, reason, terminatedAt, CANCEL_UNPAID, null);
    }

    /** Whether the installment of evaluation {@code number} is still paid although the mentorship ended. */
    public boolean paysInstallmentOf(int number) {
        return PAY_EARNED.equals(settlement) && earnedEvaluation != null && earnedEvaluation == number;
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
