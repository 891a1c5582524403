package org.mentorship.application.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.mentorship.application.model.PrerequisiteProgress;
import org.mentorship.application.model.PrerequisiteStatus;

@ApplicationScoped
public class PrerequisiteProgressRepository implements PanacheRepositoryBase<PrerequisiteProgress, UUID> {

    public List<PrerequisiteProgress> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by position", applicationId);
    }

    public boolean allApproved(UUID applicationId) {
        return count("applicationId = ?1 and status <> ?2", applicationId, PrerequisiteStatus.APPROVED) == 0;
    }

    public long awaitingReviewIn(Collection<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return 0;
        }
        return getEntityManager()
                .createQuery("""
                select count(p) from PrerequisiteProgress p, Application a where a.id = p.applicationId
                and a.projectId in :projects and p.status = :status and a.status = 'SUBMITTED'""", Long.class)
                .setParameter("projects", projectIds)
                .setParameter("status", PrerequisiteStatus.SUBMITTED)
                .getSingleResult();
    }
}
