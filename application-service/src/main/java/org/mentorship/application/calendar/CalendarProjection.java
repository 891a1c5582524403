package org.mentorship.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.application.calendar.CalendarEntries.Role;
import org.mentorship.application.calendar.CalendarEntry.Status;
import org.mentorship.application.calendar.StoredEntry.Audience;
import org.mentorship.application.model.Project;
import org.mentorship.contracts.events.CompletionRequirementsOpened;
import org.mentorship.contracts.events.EvaluationDue;
import org.mentorship.contracts.events.MentorshipExtended;
import org.mentorship.contracts.events.MentorshipStarted;
import org.mentorship.contracts.events.StipendCancelled;
import org.mentorship.contracts.events.StipendPaymentScheduled;

/**
 * Keeps the calendar entries other services' events tell, in the consumer's transaction (the inbox applies each
 * event once). {@code toldAt} is the event's time: an entry only moves for an event no older than the one that set it.
 */
@ApplicationScoped
public class CalendarProjection {

    /**
     * An evaluation's submission window opens this long before its due instant: evaluation-service's
     * EvaluationSchedule.WINDOW, which MentorshipStarted does not carry.
     */
    static final Duration EVALUATION_WINDOW = Duration.ofDays(7);

    private static final List<CalendarKind> EVALUATIONS =
            List.of(CalendarKind.EVALUATION_DUE, CalendarKind.EVALUATION_WINDOW);

    private final CalendarEntries entries;
    private final EntityManager em;

    CalendarProjection(CalendarEntries entries, EntityManager em) {
        this.entries = entries;
        this.em = em;
    }

    static String evaluationUid(UUID mentorshipId, int number) {
        return "evaluation-" + mentorshipId + "-" + number + "@mentorship";
    }

    static String windowUid(UUID mentorshipId, int number) {
        return "evaluation-window-" + mentorshipId + "-" + number + "@mentorship";
    }

    /** The mentee and the mentors see each evaluation's window and due instant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void started(MentorshipStarted started, Instant toldAt) {
        entries.person(started.mentorshipId(), started.menteeId(), Role.MENTEE);
        started.mentorIds().forEach(mentor -> entries.person(started.mentorshipId(), mentor, Role.MENTOR));
        String project = Optional.ofNullable(em.find(Project.class, started.projectId()))
                .map(p -> ": " + p.title)
                .orElse("");
        for (EvaluationDue due : started.evaluations()) {
            putEvaluation(started.mentorshipId(), due, project, toldAt);
        }
    }

    /** The later evaluations move: the same UIDs, SEQUENCE one higher. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void extended(MentorshipExtended extended, Instant toldAt) {
        UUID mentorship = extended.mentorshipId();
        for (EvaluationDue due : extended.newDueDates()) {
            for (CalendarEntry entry : evaluation(mentorship, due, "")) {
                CalendarEntry moved = entries.find(entry.uid())
                        .map(known -> known.movedTo(entry.startsAt(), entry.endsAt()))
                        .orElse(entry);
                entries.put(mentorship, Audience.EVERYONE, moved, toldAt);
            }
        }
    }

    /** Terminated or completed at {@code endedAt}: the evaluations due after it are cancelled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ended(UUID mentorshipId, String menteeId, Instant endedAt, Instant toldAt) {
        entries.person(mentorshipId, menteeId, Role.MENTEE);
        for (CalendarEntry entry : entries.ofMentorship(mentorshipId, EVALUATIONS)) {
            Instant due = entry.kind() == CalendarKind.EVALUATION_DUE ? entry.startsAt() : entry.endsAt();
            if (due.isAfter(endedAt)) {
                entries.put(mentorshipId, Audience.EVERYONE, entry.cancelled(), toldAt);
            }
        }
    }

    /** The mentee's payment is expected on its day (the mentorship's mentee may be told later: keyed by it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void paymentScheduled(StipendPaymentScheduled payment, Instant toldAt) {
        Instant day = payment.expectedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
        entries.put(
                payment.mentorshipId(),
                Audience.MENTEE,
                new CalendarEntry(
                        "payment-" + payment.paymentId() + "@mentorship",
                        CalendarKind.PAYMENT_EXPECTED,
                        "Stipend payment expected (installment " + payment.installment() + ")",
                        "Installment " + payment.installment() + " of your stipend, "
                                + amount(payment.amountMinor(), payment.currency())
                                + ", is expected on this day once finance approves it.",
                        day,
                        null,
                        true,
                        0,
                        Status.CONFIRMED),
                toldAt);
    }

    /** A cancelled payment is no longer expected: its entry stays in the feed as CANCELLED (calendars drop it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void paymentCancelled(StipendCancelled cancelled, Instant toldAt) {
        if (cancelled.paymentId() == null) {
            return; // an installment never scheduled had no entry
        }
        entries.find("payment-" + cancelled.paymentId() + "@mentorship")
                .ifPresent(entry -> entries.put(cancelled.mentorshipId(), Audience.MENTEE, entry.cancelled(), toldAt));
    }

    /** The survey opens; the survey and the exams are due by requirementsDueAt (published again if it moves). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requirementsOpened(CompletionRequirementsOpened opened, Instant toldAt) {
        UUID mentorship = opened.mentorshipId();
        entries.person(mentorship, opened.menteeId(), Role.MENTEE);
        entries.put(
                mentorship,
                Audience.MENTEE,
                new CalendarEntry(
                        "survey-" + mentorship + "@mentorship",
                        CalendarKind.SURVEY_OPEN,
                        "Mentee survey open",
                        "Your mentorship is complete: the mentee survey is open. It and the required exams are due "
                                + "for the Letter of Completion.",
                        opened.surveyOpenedAt(),
                        null,
                        false,
                        0,
                        Status.CONFIRMED),
                toldAt);
        entries.put(
                mentorship,
                Audience.MENTEE,
                new CalendarEntry(
                        "requirements-" + mentorship + "@mentorship",
                        CalendarKind.REQUIREMENTS_DUE,
                        "Survey and exams due",
                        "The mentee survey and the required exams are due now for the Letter of Completion.",
                        opened.requirementsDueAt(),
                        null,
                        false,
                        0,
                        Status.CONFIRMED),
                toldAt);
    }

    private void putEvaluation(UUID mentorshipId, EvaluationDue due, String project, Instant toldAt) {
        for (CalendarEntry entry : evaluation(mentorshipId, due, project)) {
            entries.put(mentorshipId, Audience.EVERYONE, entry, toldAt);
        }
    }

    /** An evaluation's two entries: its due instant and its submission window. */
    private static List<CalendarEntry> evaluation(UUID mentorshipId, EvaluationDue due, String project) {
        int n = due.number();
        return List.of(
                new CalendarEntry(
                        evaluationUid(mentorshipId, n),
                        CalendarKind.EVALUATION_DUE,
                        "Evaluation " + n + " due" + project,
                        "Evaluation " + n
                                + " of the mentorship is due. A later submission is accepted and marked late.",
                        due.dueAt(),
                        null,
                        false,
                        0,
                        Status.CONFIRMED),
                new CalendarEntry(
                        windowUid(mentorshipId, n),
                        CalendarKind.EVALUATION_WINDOW,
                        "Evaluation " + n + " window" + project,
                        "Evaluation " + n + " can be submitted from the start of this window; it is due at its end.",
                        due.dueAt().minus(EVALUATION_WINDOW),
                        due.dueAt(),
                        false,
                        0,
                        Status.CONFIRMED));
    }

    /** 150000 USD minor units as "1,500.00 USD". */
    static String amount(long minor, String currency) {
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknown) {
            digits = 2;
        }
        return String.format(java.util.Locale.ROOT, "%,." + digits + "f", BigDecimal.valueOf(minor, digits)) + " "
                + currency;
    }
}
