package org.mentorship.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.mentorship.evaluation.model.PlanTask;

@ApplicationScoped
public class PlanTaskRepository implements PanacheRepositoryBase<PlanTask, UUID> {

    /** In creation order; the service sorts by kind for the plan view. */
    public List<PlanTask> ofMentorship(UUID mentorshipId) {
        return list("mentorshipId = ?1 order by createdAt", mentorshipId);
    }
}
