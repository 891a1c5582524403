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

    /** Evaluations still waiting for a submission whose due instant is before {@code until}, of open mentorships. */
    public List<Evaluation> pendingDueBefore(Instant until) {
        return list(
                "status <> ?1 and dueAt < ?2 and mentorshipId in (select m.id from Mentorship m where m.status in ?3) "
                        + "order by dueAt",
                EvaluationStatus.SUBMITTED,
                until,
                List.of(MentorshipStatus.ACTIVE, MentorshipStatus.EXTENDED));
    }

    /** The next evaluation a mentor still has to submit, per mentorship: the lowest-numbered one not submitted. */
    public Optional<Evaluation> nextPending(UUID mentorshipId) {
        return find("mentorshipId = ?1 and status <> ?2 order by number", mentorshipId, EvaluationStatus.SUBMITTED)
                .firstResultOptional();
    }
}
