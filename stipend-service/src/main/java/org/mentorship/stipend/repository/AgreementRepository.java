package org.mentorship.stipend.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.mentorship.stipend.model.AgreementStatus;
import org.mentorship.stipend.model.StipendAgreement;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<StipendAgreement, UUID> {

    public List<StipendAgreement> byMentee(String menteeId) {
        return list("menteeId", Sort.by("createdAt"), menteeId);
    }

    public List<StipendAgreement> page(UUID projectId, UUID termId, int page, int size) {
        Parameters params = filter(projectId, termId);
        return find(where(projectId, termId), Sort.by("createdAt").and("mentorshipId"), params)
                .page(Page.of(page, size))
                .list();
    }

    public long count(UUID projectId, UUID termId) {
        return count(where(projectId, termId), filter(projectId, termId));
    }

    private static String where(UUID projectId, UUID termId) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (projectId != null) {
            where.append(" and projectId = :project");
        }
        if (termId != null) {
            where.append(" and termId = :term");
        }
        return where.toString();
    }

    private static Parameters filter(UUID projectId, UUID termId) {
        Parameters params = new Parameters();
        if (projectId != null) {
            params.and("project", projectId);
        }
        if (termId != null) {
            params.and("term", termId);
        }
        return params;
    }

    public long countActive() {
        return count("status", AgreementStatus.ACTIVE);
    }
}
