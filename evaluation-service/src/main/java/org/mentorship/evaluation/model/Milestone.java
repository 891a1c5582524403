package org.mentorship.evaluation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mentorship.evaluation.policy.PlanPolicy;

/** A milestone of the project plan: a due date and acceptance criteria the mentor confirms as met. */
@Entity
@Table(name = "milestone")
public class Milestone {

    @Id
    public UUID id;

    @Column(name = "mentorship_id", nullable = false)
    public UUID mentorshipId;

    @Column(nullable = false)
    public String title;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "acceptance_criteria", nullable = false)
    public String acceptanceCriteria;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MilestoneStatus status;

    @Column(name = "met_at")
    public Instant metAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /**
     * A mentor confirms the acceptance criteria are met, once every task of it is done; false when it already was
     * (nothing changes).
     *
     * @param tasks the tasks of the mentorship
     */
    public boolean meet(List<PlanTask> tasks, Instant now) {
        if (status == MilestoneStatus.MET) {
            return false;
        }
        PlanPolicy.requireMeetable(this, tasks);
        status = MilestoneStatus.MET;
        metAt = now;
        return true;
    }
}
