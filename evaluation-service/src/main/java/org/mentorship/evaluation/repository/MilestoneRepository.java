package org.mentorship.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.mentorship.evaluation.model.Milestone;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    public List<Milestone> ofMentorship(UUID mentorshipId) {
        return list("mentorshipId = ?1 order by dueOn, createdAt", mentorshipId);
    }
}
