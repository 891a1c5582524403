package org.mentorship.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationStatus;
import org.mentorship.evaluation.model.MentorshipStatus;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, UUID> {

    public Optional<Evaluation> findByNumber(UUID mentorshipId, int number) {
        return find("mentorshipId = ?1 and number = ?2", mentorshipId, number).firstResultOptional();
    }

    public List<Evaluation> schedule(UUID mentorshipId) {
        return list("mentorshipId = ?1 order by number", mentorshipId);
    }

    /** The schedules of several mentorships at once (an export chunk), by mentorship and number. */
    public List<Evaluation> schedules(java.util.Collection<UUID> mentorshipIds) {
        if (mentorshipIds.isEmpty()) {
            return List.of();
        }
        return list("mentorshipId in ?1 order by mentorshipId, number", mentorshipIds);
    }

    /** Submitted, or a FAIL under review: nothing is left for a mentor to submit. */
    private static final List<EvaluationStatus> DONE =
            List.of(EvaluationStatus.SUBMITTED, EvaluationStatus.UNDER_REVIEW);

    private static final List<MentorshipStatus> OPEN = List.of(MentorshipStatus.ACTIVE, MentorshipStatus.EXTENDED);

    /** Evaluations still waiting for a submission whose due instant is before {@code until}, of open mentorships. */
    public List<Evaluation> pendingDueBefore(Instant until) {
        return list(
                "status not in ?1 and dueAt < ?2 and mentorshipId in (select m.id from Mentorship m where m.status in ?3) "
                        + "order by dueAt",
                DONE,
                until,
                OPEN);
    }

    /** The next evaluation a mentor still has to submit, per mentorship: the lowest-numbered one not submitted. */
    public Optional<Evaluation> nextPending(UUID mentorshipId) {
        return find("mentorshipId = ?1 and status not in ?2 order by number", mentorshipId, DONE)
                .firstResultOptional();
    }

    /** The ids of FAILs under review whose window ended by {@code now} without an appeal, of open mentorships. */
    public List<UUID> unappealedReviewsEndedBy(Instant now) {
        return getEntityManager()
                .createQuery(
                        "select e.id from Evaluation e where e.status = ?1 and e.appealedAt is null"
                                + " and e.reviewEndsAt <= ?2 and e.mentorshipId in"
                                + " (select m.id from Mentorship m where m.status in ?3) order by e.reviewEndsAt",
                        UUID.class)
                .setParameter(1, EvaluationStatus.UNDER_REVIEW)
                .setParameter(2, now)
                .setParameter(3, OPEN)
                .getResultList();
    }

    /** The mentorship of an evaluation, without loading the evaluation before its mentorship is locked. */
    public Optional<UUID> mentorshipOf(UUID evaluationId) {
        return getEntityManager()
                .createQuery("select e.mentorshipId from Evaluation e where e.id = ?1", UUID.class)
                .setParameter(1, evaluationId)
                .getResultStream()
                .findFirst();
    }
}
