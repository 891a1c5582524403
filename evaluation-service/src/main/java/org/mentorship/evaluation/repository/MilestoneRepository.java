package org.mentorship.evaluation.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.evaluation.model.Milestone;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    public List<Milestone> ofMentorship(UUID mentorshipId) {
        return list("mentorshipId = ?1 order by dueOn, createdAt", mentorshipId);
    }
}
