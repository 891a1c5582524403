package org.mentorship.application.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.mentorship.application.model.MentorAssignmentHistory;

@ApplicationScoped
public class MentorHistoryRepository implements PanacheRepositoryBase<MentorAssignmentHistory, UUID> {

    public List<MentorAssignmentHistory> ofAssignment(UUID assignmentId) {
        return list("assignmentId = ?1 order by at, id", assignmentId);
    }
}
