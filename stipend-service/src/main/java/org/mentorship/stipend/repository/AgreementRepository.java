package org.mentorship.stipend.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mentorship.stipend.model.AgreementStatus;
import org.mentorship.stipend.model.StipendAgreement;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<StipendAgreement, UUID> {

    public List<StipendAgreement> byMentee(String menteeId) {
        return list("menteeId", Sort.by("createdAt"), menteeId);
    }

    public List<StipendAgreement> page(UUID projectId, UUID termId, int page, int size) {
        return page(projectId, termId, null, page, size);
    }

    /** Of these organisations only (null: every agreement). */
    public List<StipendAgreement> page(UUID projectId, UUID termId, Set<String> organizations, int page, int size) {
        Parameters params = filter(projectId, termId, organizations);
        return find(
                        where(projectId, termId, organizations),
                        Sort.by("createdAt").and("mentorshipId"),
                        params)
                .page(Page.of(page, size))
                .list();
    }

    public long count(UUID projectId, UUID termId) {
        return count(projectId, termId, null);
    }

    public long count(UUID projectId, UUID termId, Set<String> organizations) {
        return count(where(projectId, termId, organizations), filter(projectId, termId, organizations));
    }

    private static String where(UUID projectId, UUID termId, Set<String> organizations) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (organizations != null) {
            where.append(organizations.isEmpty() ? " and 1 = 0" : " and organization in :orgs");
        }
        if (projectId != null) {
            where.append(" and projectId = :project");
        }
        if (termId != null) {
            where.append(" and termId = :term");
        }
        return where.toString();
    }

    private static Parameters filter(UUID projectId, UUID termId, Set<String> organizations) {
        Parameters params = new Parameters();
        if (organizations != null && !organizations.isEmpty()) {
            params.and("orgs", organizations);
        }
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
