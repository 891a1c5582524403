package org.mentorship.application.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.application.model.HrStep;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class HrStepRepository implements PanacheRepositoryBase<HrStep, HrStep.Key> {

    public List<HrStep> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by position", applicationId);
    }
}
