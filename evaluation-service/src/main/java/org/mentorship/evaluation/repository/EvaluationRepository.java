package org.mentorship.evaluation.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.evaluation.model.Evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, UUID> {

    public Optional<Evaluation> findByNumber(UUID mentorshipId, int number) {
        return find("mentorshipId = ?1 and number = ?2", mentorshipId, number).firstResultOptional();
    }
}
