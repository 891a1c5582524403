package org.mentorship.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.mentorship.platform.history.StatusChange;

/** One status change of a mentor assignment: who, when, from, to, why. */
@Entity
@Table(name = "mentor_assignment_history")
public class MentorAssignmentHistory extends StatusChange<MentorStatus> {

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;
}
