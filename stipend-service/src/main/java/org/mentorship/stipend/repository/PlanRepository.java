package org.mentorship.stipend.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.stipend.model.StipendPlan;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<StipendPlan, UUID> {

    /** The project's newest revision: the one new agreements are made from. */
    public Optional<StipendPlan> current(UUID projectId) {
        return find("projectId", Sort.descending("revision"), projectId).firstResultOptional();
    }

    public int nextRevision(UUID projectId) {
        return current(projectId).map(p -> p.revision + 1).orElse(1);
    }

    public List<StipendPlan> page(UUID projectId, int page, int size) {
        Sort sort = Sort.by("projectId").and("revision", Sort.Direction.Descending);
        return (projectId == null ? findAll(sort) : find("projectId", sort, projectId))
                .page(Page.of(page, size))
                .list();
    }

    public long count(UUID projectId) {
        return projectId == null ? count() : count("projectId", projectId);
    }
}
