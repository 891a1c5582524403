package org.mentorship.evaluation.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mentorship.evaluation.policy.PlanPolicy;

/** A task of the project plan, from a starter task (a documentation edit) to advanced work. */
@Entity
@Table(name = "plan_task")
public class PlanTask {

    @Id
    public UUID id;

    @Column(name = "mentorship_id", nullable = false)
    public UUID mentorshipId;

    @Column(name = "milestone_id")
    public UUID milestoneId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;

    /** Links that show the work (a pull request, a merged documentation page). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_task_evidence", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    @Column(name = "link")
    public List<String> evidenceLinks = new ArrayList<>();

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /**
     * Moves the task as {@link PlanPolicy} allows the mover, adding the evidence links sent along (a task goes to
     * review with at least one); accepting it as done records when.
     */
    public void move(TaskStatus to, boolean byMentee, boolean byMentor, List<String> newLinks, Instant now) {
        PlanPolicy.requireTransition(this, to, byMentee, byMentor);
        if (newLinks != null) {
            newLinks.stream().filter(l -> !evidenceLinks.contains(l)).forEach(evidenceLinks::add);
        }
        PlanPolicy.requireEvidence(to, evidenceLinks);
        status = to;
        if (to == TaskStatus.DONE) {
            doneAt = now;
        }
    }
}
