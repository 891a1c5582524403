package org.mentorship.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.mentorship.evaluation.model.Participation;

@ApplicationScoped
public class ParticipationRepository implements PanacheRepositoryBase<Participation, UUID> {

    public PanacheQuery<Participation> ofMentorship(UUID mentorshipId) {
        return find("mentorshipId = ?1 order by occurredAt desc", mentorshipId);
    }

    public List<Participation> allOf(UUID mentorshipId) {
        return list("mentorshipId = ?1 order by occurredAt", mentorshipId);
    }
}
