package org.mentorship.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.mentorship.evaluation.model.EvaluationHistory;
import org.mentorship.evaluation.model.MentorshipHistory;

/** The append-only history of mentorships and evaluations. */
@ApplicationScoped
public class HistoryRepository {

    private final EntityManager em;

    HistoryRepository(EntityManager em) {
        this.em = em;
    }

    public void add(MentorshipHistory entry) {
        em.persist(entry);
    }

    public void add(EvaluationHistory entry) {
        em.persist(entry);
    }

    public List<MentorshipHistory> ofMentorship(UUID mentorshipId) {
        return em.createQuery("from MentorshipHistory where mentorshipId = ?1 order by at", MentorshipHistory.class)
                .setParameter(1, mentorshipId)
                .getResultList();
    }

    public List<EvaluationHistory> ofEvaluation(UUID evaluationId) {
        return em.createQuery("from EvaluationHistory where evaluationId = ?1 order by at", EvaluationHistory.class)
                .setParameter(1, evaluationId)
                .getResultList();
    }
}
