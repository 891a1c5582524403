package org.mentorship.evaluation.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.evaluation.config.EvaluationConfig;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.model.ReminderKind;
import org.mentorship.evaluation.policy.ReminderPolicy;
import org.mentorship.evaluation.repository.EvaluationRepository;
import org.mentorship.evaluation.repository.MentorshipRepository;
import org.mentorship.platform.logging.PersonalData;
import org.mentorship.platform.notice.Notices;
import org.mentorship.platform.person.NoticeKind;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.platform.time.LocalTimes;

/**
 * Reminds the mentors of an evaluation before its due instant, on its last day and once it is overdue, and escalates
 * to the coordinators when it is still missing a few days later. Mentors are mailed at the address the project gave
 * (MenteeOnboarded.mentorContacts); a mentor without one sees the reminder in the app only. Each reminder is sent once: its row (unique per
 * evaluation, kind, recipient and due instant) is written in its own transaction with the mail, so a failed mail
 * rolls back only its row (the next run tries it again) and never holds up the other reminders.
 */
@ApplicationScoped
public class ReminderService {

    /** The recipient id of escalations: every coordinator sees them. */
    public static final String COORDINATORS = "coordinators";

    private static final Logger LOG = Logger.getLogger(ReminderService.class);

    private final EvaluationRepository evaluations;
    private final MentorshipRepository mentorships;
    private final EntityManager em;
    private final Mailer mailer;
    private final Clock clock;
    private final EvaluationConfig.Reminders config;
    private final ReminderPolicy policy;
    private final Notices notices;
    private final PersonSettings people;

    ReminderService(
            EvaluationRepository evaluations,
            MentorshipRepository mentorships,
            EntityManager em,
            Mailer mailer,
            Clock clock,
            EvaluationConfig config,
            Notices notices,
            PersonSettings people) {
        this.evaluations = evaluations;
        this.mentorships = mentorships;
        this.em = em;
        this.mailer = mailer;
        this.clock = clock;
        this.notices = notices;
        this.people = people;
        this.config = config.reminders();
        this.policy = new ReminderPolicy(
                this.config.upcomingBefore(), this.config.dueSoonBefore(), this.config.escalateAfter());
    }

    /** Sends every reminder that is due now and was not sent yet; returns how many went out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (Evaluation e : evaluations.pendingDueBefore(policy.remindDueBefore(now))) {
            Mentorship m = mentorships.findById(e.mentorshipId);
            ReminderKind kind = policy.phase(now, e.dueAt);
            for (String mentor : m.mentorIds) {
                sent += trySend(e, m, kind, mentor, m.mentorEmails.get(mentor), now);
            }
            if (policy.escalates(now, e.dueAt)) {
                sent += trySend(e, m, ReminderKind.ESCALATED, COORDINATORS, config.coordinatorsEmail(), now);
            }
        }
        return sent;
    }

    private int trySend(Evaluation e, Mentorship m, ReminderKind kind, String recipient, String email, Instant now) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> sendOnce(e, m, kind, recipient, email, now)) ? 1 : 0;
        } catch (RuntimeException failed) {
            // Not the exception itself: a mail server's refusal quotes the recipient's address, and the stack trace
            // would carry it into the log (PersonalData). Its class and masked message say what went wrong.
            LOG.warnf(
                    "Could not send the %s reminder of evaluation %d of mentorship %s to %s; next run retries: %s",
                    kind, e.number, m.id, recipient, PersonalData.withoutEmailAddresses(causes(failed)));
            return 0;
        }
    }

    /** The failure and its causes, class and message each ("A: x <- B: y"). */
    static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 2000; t = t.getCause() == t ? null : t.getCause()) {
            text.append(text.isEmpty() ? "" : " <- ")
                    .append(t.getClass().getSimpleName())
                    .append(": ")
                    .append(t.getMessage());
        }
        return text.toString();
    }

    private boolean sendOnce(
            Evaluation e, Mentorship m, ReminderKind kind, String recipient, String email, Instant now) {
        int inserted = em.createNativeQuery(
                        "insert into reminder (id, evaluation_id, mentorship_id, kind, recipient_id, "
                                + "email, due_at, sent_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, e.id)
                .setParameter(3, m.id)
                .setParameter(4, kind.name())
                .setParameter(5, recipient)
                .setParameter(6, email)
                .setParameter(7, e.dueAt)
                .setParameter(8, now)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        // The due time in the recipient's zone and in UTC; the coordinators' group has no zone of its own (UTC).
        ZoneId zone = COORDINATORS.equals(recipient) ? ZoneOffset.UTC : people.zoneOf(recipient);
        String subject = subject(e, m, kind, zone);
        String body = body(e, m, kind, zone);
        if (!COORDINATORS.equals(recipient)
                && !notices.notify(recipient, NoticeKind.EVALUATION_REMINDER, subject, body)
                        .byMailWithoutCalls()) {
            LOG.infof("Mentor %s wants %s reminders in the feed only (mentorship %s)", recipient, kind, m.id);
            return true;
        }
        if (email == null) {
            LOG.infof(
                    "No address for mentor %s of mentorship %s: the %s reminder of evaluation %d is listed in the app only",
                    recipient, m.id, kind, e.number);
            return true;
        }
        mailer.send(Mail.withText(email, subject, body));
        LOG.infof("Sent %s reminder of evaluation %d of mentorship %s to %s", kind, e.number, m.id, recipient);
        return true;
    }

    private static String subject(Evaluation e, Mentorship m, ReminderKind kind, ZoneId zone) {
        String what =
                "Evaluation " + e.number + " of " + e.total + " for " + m.menteeName + " (" + m.projectTitle + ")";
        return switch (kind) {
            case UPCOMING -> what + " is due on " + LocalTimes.forMail(e.dueAt, zone);
            case DUE_TODAY -> what + " is due today";
            case OVERDUE -> what + " is overdue";
            case ESCALATED -> "Escalation: " + what + " is overdue";
        };
    }

    private static String body(Evaluation e, Mentorship m, ReminderKind kind, ZoneId zone) {
        return String.join(
                "\n",
                List.of(
                        "Evaluation " + e.number + " of " + e.total + " of mentorship " + m.id,
                        "Mentee: " + m.menteeName + ", project: " + m.projectTitle + " (" + m.organization + ")",
                        "Due: " + LocalTimes.forMail(e.dueAt, zone) + " (window opened "
                                + LocalTimes.forMail(e.windowOpensAt, zone) + ")",
                        "Mentors: " + String.join(", ", m.mentorIds),
                        kind == ReminderKind.ESCALATED
                                ? "The mentors have been reminded; please follow up with them."
                                : "Submit it at /api/v1/mentorships/" + m.id + "/evaluations/" + e.number
                                        + " (late submissions are flagged)."));
    }
}
