package org.mentorship.application.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.application.model.HistoryEntry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class HistoryRepository implements PanacheRepositoryBase<HistoryEntry, UUID> {

    public List<HistoryEntry> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by at, id", applicationId);
    }
}
