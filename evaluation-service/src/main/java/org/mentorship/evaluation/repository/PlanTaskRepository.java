package org.mentorship.evaluation.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.evaluation.model.PlanTask;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PlanTaskRepository implements PanacheRepositoryBase<PlanTask, UUID> {

    /** In creation order; the service sorts by kind for the plan view. */
    public List<PlanTask> ofMentorship(UUID mentorshipId) {
        return list("mentorshipId = ?1 order by createdAt", mentorshipId);
    }
}
