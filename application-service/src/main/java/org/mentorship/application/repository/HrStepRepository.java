package org.mentorship.application.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.mentorship.application.model.HrStep;

@ApplicationScoped
public class HrStepRepository implements PanacheRepositoryBase<HrStep, HrStep.Key> {

    public List<HrStep> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by position", applicationId);
    }
}
