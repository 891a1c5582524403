package org.mentorship.application.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.mentorship.application.model.CallTask;

@ApplicationScoped
public class CallTaskRepository implements PanacheRepositoryBase<CallTask, UUID> {

    /**
     * The calls coordinators see at {@code now} (none held by an announcement embargo still ahead), limited to the
     * calls of applications to these organisations' projects (null: every one).
     */
    public PanacheQuery<CallTask> search(
            CallTask.Status status,
            UUID applicationId,
            Instant now,
            java.util.Collection<String> organizations,
            int page,
            int size) {
        StringBuilder where = new StringBuilder("(visibleFrom is null or visibleFrom <= :now)");
        var params = new java.util.HashMap<String, Object>();
        params.put("now", now);
        if (organizations != null) {
            if (organizations.isEmpty()) {
                where.append(" and 1 = 0");
            } else {
                where.append(" and applicationId in (select a.id from Application a, Project p"
                        + " where p.id = a.projectId and p.organization in :organizations)");
                params.put("organizations", organizations);
            }
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (applicationId != null) {
            where.append(" and applicationId = :applicationId");
            params.put("applicationId", applicationId);
        }
        return find(where.toString(), Sort.by("dueAt").and("id"), params).page(Page.of(page, size));
    }
}
