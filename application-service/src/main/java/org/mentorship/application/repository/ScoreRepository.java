package org.mentorship.application.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.application.model.ScoreSet;

@ApplicationScoped
public class ScoreRepository implements PanacheRepositoryBase<ScoreSet, UUID> {

    public List<ScoreSet> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by scoredAt, reviewer", applicationId);
    }

    public Optional<ScoreSet> of(UUID applicationId, String reviewer) {
        return find("applicationId = ?1 and reviewer = ?2", applicationId, reviewer)
                .firstResultOptional();
    }

    public List<ScoreSet> byReviewer(String reviewer) {
        return list("reviewer = ?1 order by scoredAt", reviewer);
    }

    /** Whether any application of the project was scored (its rubric is then fixed). */
    public boolean anyForProject(UUID projectId) {
        return !getEntityManager()
                .createQuery(
                        "select s.id from ScoreSet s, Application a where a.id = s.applicationId and a.projectId = ?1",
                        UUID.class)
                .setParameter(1, projectId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
