package org.mentorship.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.contracts.events.MentorAssigned;
import org.mentorship.contracts.events.MentorRemoved;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.repository.MentorshipRepository;

/**
 * A project's mentors change in application-service (MentorAssigned, MentorRemoved): its running mentorships gain or
 * lose the mentor, so submissions ("only a mentor of the mentorship submits"), reminders (ReminderService mails the
 * mentorship's mentors) and access follow. Each change is also kept per project and mentor (project_mentor) with its
 * time: a change older than the one kept changes nothing, and a mentorship whose MenteeOnboarded is read after a
 * change it predates takes that change when it starts ({@link #since}). Runs in the inbox's transaction.
 */
@ApplicationScoped
public class MentorChanges {

    private static final Logger LOG = Logger.getLogger(MentorChanges.class);

    private final MentorshipRepository mentorships;
    private final EntityManager em;

    MentorChanges(MentorshipRepository mentorships, EntityManager em) {
        this.mentorships = mentorships;
        this.em = em;
    }

    /** @return how many running mentorships gained her (0 again on a redelivery) */
    @Transactional(Transactional.TxType.MANDATORY)
    public int assigned(MentorAssigned event) {
        if (!keep(event.projectId(), event.mentorId(), event.mentorEmail(), true, event.assignedAt())) {
            return 0;
        }
        int changed = 0;
        for (Mentorship m : mentorships.runningOfProjectForUpdate(event.projectId())) {
            changed += m.gainMentor(event.mentorId(), event.mentorEmail()) ? 1 : 0;
        }
        LOG.infof(
                "Mentor %s joined project %s: %d running mentorship(s) gained her",
                event.mentorId(), event.projectId(), changed);
        return changed;
    }

    /** @return how many running mentorships lost her (0 for a mentor on none of them) */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removed(MentorRemoved event) {
        if (!keep(event.projectId(), event.mentorId(), null, false, event.removedAt())) {
            return 0;
        }
        int changed = 0;
        for (Mentorship m : mentorships.runningOfProjectForUpdate(event.projectId())) {
            changed += m.loseMentor(event.mentorId()) ? 1 : 0;
        }
        LOG.infof(
                "Mentor %s left project %s (%s): %d running mentorship(s) lost her",
                event.mentorId(), event.projectId(), event.reason(), changed);
        return changed;
    }

    /** A new mentorship takes the changes of its project's mentors made after its mentee was onboarded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void since(Mentorship m, Instant onboardedAt) {
        @SuppressWarnings("unchecked")
        List<Object[]> changes = em.createNativeQuery("select mentor_id, email, active from project_mentor"
                        + " where project_id = ?1 and changed_at > ?2 order by changed_at")
                .setParameter(1, m.projectId)
                .setParameter(2, onboardedAt)
                .getResultList();
        for (Object[] change : changes) {
            if ((Boolean) change[2]) {
                m.gainMentor((String) change[0], (String) change[1]);
            } else {
                m.loseMentor((String) change[0]);
            }
        }
    }

    /** Keeps the change unless a later one of the same mentor is kept already; whether it was kept. */
    private boolean keep(UUID projectId, String mentorId, String email, boolean active, Instant at) {
        return em.createNativeQuery("insert into project_mentor (project_id, mentor_id, email, active, changed_at)"
                                + " values (?1, ?2, cast(?3 as varchar), ?4, ?5) on conflict (project_id, mentor_id) do update set"
                                + " email = excluded.email, active = excluded.active, changed_at = excluded.changed_at"
                                + " where project_mentor.changed_at <= excluded.changed_at")
                        .setParameter(1, projectId)
                        .setParameter(2, mentorId)
                        .setParameter(3, email)
                        .setParameter(4, active)
                        .setParameter(5, at)
                        .executeUpdate()
                > 0;
    }
}
