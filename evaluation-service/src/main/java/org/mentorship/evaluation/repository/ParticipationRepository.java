package org.mentorship.evaluation.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.evaluation.model.Participation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ParticipationRepository implements PanacheRepositoryBase<Participation, UUID> {

    /** What this person recorded on the mentorship under this Idempotency-Key, if anything. */
    public java.util.Optional<Participation> byKey(UUID mentorshipId, String recordedBy, String idempotencyKey) {
        return find("mentorshipId = ?1 and recordedBy = ?2 and idempotencyKey = ?3", mentorshipId, recordedBy,
                idempotencyKey).firstResultOptional();
    }

    public PanacheQuery<Participation> ofMentorship(UUID mentorshipId) {
        return find("mentorshipId = ?1 order by occurredAt desc", mentorshipId);
    }

    public List<Participation> allOf(UUID mentorshipId) {
        return list("mentorshipId = ?1 order by occurredAt", mentorshipId);
    }
}
