package org.mentorship.application.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.mentorship.application.model.HistoryEntry;

@ApplicationScoped
public class HistoryRepository implements PanacheRepositoryBase<HistoryEntry, UUID> {

    public List<HistoryEntry> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by at, id", applicationId);
    }
}
