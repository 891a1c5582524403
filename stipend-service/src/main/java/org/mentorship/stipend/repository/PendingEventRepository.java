package org.mentorship.stipend.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.mentorship.stipend.model.PendingEvent;

@ApplicationScoped
public class PendingEventRepository implements PanacheRepositoryBase<PendingEvent, Long> {

    /** What waits for a mentorship's agreement or its mentee's payee details, in arrival order. */
    public List<PendingEvent> forMentorship(UUID mentorshipId) {
        return list("mentorshipId = ?1 and waitingFor <> ?2 order by seq", mentorshipId, PendingEvent.WaitingFor.PLAN);
    }

    public List<PendingEvent> waitingForPlan(UUID projectId) {
        return list("projectId = ?1 and waitingFor = ?2 order by seq", projectId, PendingEvent.WaitingFor.PLAN);
    }

    public List<PendingEvent> page(int page, int size) {
        return find("order by seq").page(page, size).list();
    }
}
