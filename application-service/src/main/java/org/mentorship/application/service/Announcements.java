package org.mentorship.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.HistoryEntry;
import org.mentorship.application.model.Term;
import org.mentorship.application.policy.AnnouncementPolicy;
import org.mentorship.application.repository.TermRepository;
import org.mentorship.platform.notice.Notices;

/**
 * A term's announcement embargo applied to applications (AnnouncementPolicy decides): which changes are held, what
 * the applicant sees meanwhile, and moving held mails, notices and call tasks when the announcement time moves.
 */
@ApplicationScoped
public class Announcements {

    private final TermRepository terms;
    private final EntityManager em;
    private final Clock clock;
    private final Notices notices;

    Announcements(TermRepository terms, EntityManager em, Clock clock, Notices notices) {
        this.terms = terms;
        this.em = em;
        this.clock = clock;
        this.notices = notices;
    }

    /**
     * Every status change passes here (StatusChanges): one made by someone else than the applicant before the term's
     * announcement is held; her own move while held is shown to her (she withdrew).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Application application, Application.Transition transition) {
        Instant now = clock.instant();
        Term term = terms.findById(application.termId);
        if (transition.actor() != null && transition.actor().equals(application.applicantId)) {
            if (isHeld(application, term, now)) {
                application.showHeld(transition.to());
            }
            return;
        }
        if (AnnouncementPolicy.holdsChangesAt(term.announceAt, now)) {
            application.hold(transition.from(), now);
        }
    }

    /** When the applicant learns of a decision made now (null: at once). */
    public Instant visibleFrom(UUID termId) {
        return AnnouncementPolicy.visibleFrom(terms.findById(termId).announceAt, clock.instant());
    }

    public boolean isHeld(Application application) {
        return isHeld(application, terms.findById(application.termId), clock.instant());
    }

    /** The application as its applicant sees it: as before the held changes while the announcement is ahead. */
    public Application asApplicantSees(Application application) {
        return isHeld(application) ? application.asShownWhileHeld() : application;
    }

    /** The history its applicant sees: while held, only what came before the first held change. */
    public List<HistoryEntry> historyApplicantSees(Application application, List<HistoryEntry> entries) {
        if (!isHeld(application)) {
            return entries;
        }
        return entries.stream()
                .filter(e -> e.at.isBefore(application.heldSince))
                .toList();
    }

    /** For staff: until when the applicant does not see its changes (null when she does). */
    public Instant heldUntil(Application application) {
        Term term = terms.findById(application.termId);
        return AnnouncementPolicy.heldUntil(application.hasHeldChanges(), term.announceAt, clock.instant());
    }

    /** For staff: when the applicant was told its decision (null while held or undecided). */
    public Instant announcedAt(Application application) {
        Term term = terms.findById(application.termId);
        return AnnouncementPolicy.announcedAt(
                application.hasHeldChanges(), application.decidedAt, term.announceAt, clock.instant());
    }

    /**
     * The term's announcement time moves from {@code current} to {@code wanted} (in the term change's transaction):
     * held mails, feed notices and call tasks of its applications move with it; moved to the past (or removed), they
     * are due now. A removed embargo also forgets what it held, so a later one does not hide it again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(Term term, Instant current, Instant wanted) {
        Instant now = clock.instant();
        boolean releases = AnnouncementPolicy.releases(current, wanted, now);
        if (!releases && !AnnouncementPolicy.reschedules(current, wanted, now)) {
            return;
        }
        Instant at = releases ? now : wanted;
        // Held mails are the term's not yet attempted ones whose first attempt is still ahead.
        em.createQuery("update Notification n set n.nextAttemptAt = :at where n.state = :pending and n.attempts = 0"
                        + " and n.nextAttemptAt > :now and n.applicationId in"
                        + " (select a.id from Application a where a.termId = :term)")
                .setParameter("at", at)
                .setParameter("pending", org.mentorship.application.model.NotificationState.PENDING)
                .setParameter("now", now)
                .setParameter("term", term.id)
                .executeUpdate();
        em.createQuery("update CallTask c set c.visibleFrom = :at where c.visibleFrom > :now and c.applicationId in"
                        + " (select a.id from Application a where a.termId = :term)")
                .setParameter("at", releases ? null : wanted)
                .setParameter("now", now)
                .setParameter("term", term.id)
                .executeUpdate();
        // The feed's held notices: those held for exactly this term's announcement time (another term's stay).
        notices.moveHeld(current, releases ? null : wanted);
        if (releases && wanted == null) {
            em.createQuery("update Application a set a.heldStatus = null, a.heldSince = null, a.version = a.version + 1"
                            + " where a.termId = :term and a.heldStatus is not null")
                    .setParameter("term", term.id)
                    .executeUpdate();
        }
    }

    private static boolean isHeld(Application application, Term term, Instant now) {
        return AnnouncementPolicy.isHeld(application.hasHeldChanges(), term.announceAt, now);
    }
}
