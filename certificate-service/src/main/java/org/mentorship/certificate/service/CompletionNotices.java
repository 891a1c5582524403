package org.mentorship.certificate.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.certificate.config.CertificateConfig;
import org.mentorship.certificate.model.Completion;
import org.mentorship.certificate.policy.RequirementsSchedule;
import org.mentorship.certificate.repository.CompletionRepository;
import org.mentorship.platform.logging.PersonalData;
import org.mentorship.platform.notice.Notices;
import org.mentorship.platform.person.NoticeKind;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.platform.time.LocalTimes;

/**
 * Tells the mentee that the survey is open (SURVEY_OPEN) and, {@code remind-before} ahead of the due instant, that
 * the survey or exams are still missing (EXAM_REMINDER). Each goes once per record, kind and due instant: its
 * completion_notice row (unique) is written in its own transaction with the feed notice and the mail, so a failed
 * mail rolls back only that one (the next run tries it again). The due time is stated in the mentee's zone and UTC.
 */
@ApplicationScoped
public class CompletionNotices {

    private static final Logger LOG = Logger.getLogger(CompletionNotices.class);

    private final EntityManager em;
    private final CompletionRepository completions;
    private final CompletionService completionService;
    private final Notices notices;
    private final PersonSettings people;
    private final Mailer mailer;
    private final Clock clock;
    private final RequirementsSchedule schedule;

    CompletionNotices(
            EntityManager em,
            CompletionRepository completions,
            CompletionService completionService,
            Notices notices,
            PersonSettings people,
            Mailer mailer,
            Clock clock,
            CertificateConfig config) {
        this.em = em;
        this.completions = completions;
        this.completionService = completionService;
        this.notices = notices;
        this.people = people;
        this.mailer = mailer;
        this.clock = clock;
        this.schedule = new RequirementsSchedule(
                config.requirements().dueAfter(), config.requirements().remindBefore());
    }

    /** Sends every notice due now and not sent yet; returns how many went out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (UUID id : ids(
                "select c.id from completion c where c.status = 'OPEN' and c.survey_opened_at is not null"
                        + " and not exists (select 1 from completion_notice n where n.completion_id = c.id"
                        + " and n.kind = 'SURVEY_OPEN')",
                now)) {
            sent += trySend(id, NoticeKind.SURVEY_OPEN, now);
        }
        for (UUID id : ids(
                "select c.id from completion c where c.status = 'OPEN' and c.requirements_due_at > ?1"
                        + " and c.requirements_due_at <= ?2 and not exists (select 1 from completion_notice n"
                        + " where n.completion_id = c.id and n.kind = 'EXAM_REMINDER' and n.due_at = c.requirements_due_at)",
                now)) {
            sent += trySend(id, NoticeKind.EXAM_REMINDER, now);
        }
        return sent;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql, Instant now) {
        var query = em.createNativeQuery(sql);
        if (sql.contains("?1")) {
            query.setParameter(1, now).setParameter(2, schedule.remindedDueBefore(now));
        }
        return ((List<Object>) query.getResultList())
                .stream().map(id -> (UUID) id).toList();
    }

    private int trySend(UUID completionId, NoticeKind kind, Instant now) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> sendOnce(completionId, kind, now)) ? 1 : 0;
        } catch (RuntimeException failed) {
            LOG.warnf(
                    "Could not send the %s notice of completion record %s; next run retries: %s",
                    kind, completionId, PersonalData.withoutEmailAddresses(String.valueOf(failed.getMessage())));
            return 0;
        }
    }

    private boolean sendOnce(UUID completionId, NoticeKind kind, Instant now) {
        Completion c = completions.findById(completionId);
        if (kind == NoticeKind.EXAM_REMINDER
                && !schedule.remindNow(
                        c.requirementsDueAt,
                        !completionService.view(c).missing().isEmpty(),
                        now)) {
            return false; // everything is done: nothing to remind of
        }
        int inserted = em.createNativeQuery("insert into completion_notice (id, completion_id, kind, due_at, sent_at)"
                        + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, c.id)
                .setParameter(3, kind.name())
                .setParameter(4, c.requirementsDueAt)
                .setParameter(5, now)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        ZoneId zone = people.zoneOf(c.menteeId);
        String due = LocalTimes.forMail(c.requirementsDueAt, zone);
        String subject = kind == NoticeKind.SURVEY_OPEN
                ? "Your feedback survey is open: due " + due
                : "Reminder: your Letter of Completion still needs the survey or exams (due " + due + ")";
        String text = String.join(
                "\n",
                List.of(
                        "Mentorship " + c.mentorshipId + (c.projectTitle == null ? "" : " (" + c.projectTitle + ")"),
                        "The feedback survey and the required exams are due by " + due + ".",
                        kind == NoticeKind.SURVEY_OPEN
                                ? "Answer the survey at /api/v1/surveys/answers."
                                : "Still missing: "
                                        + String.join(
                                                ", ", completionService.view(c).missing())));
        // This service makes no call tasks: a phone choice is served by mail.
        if (notices.notify(c.menteeId, kind, subject, text).byMailWithoutCalls() && c.menteeEmail != null) {
            mailer.send(Mail.withText(c.menteeEmail, subject, text));
        }
        LOG.infof("Sent the %s notice of mentorship %s", kind, c.mentorshipId);
        return true;
    }
}
