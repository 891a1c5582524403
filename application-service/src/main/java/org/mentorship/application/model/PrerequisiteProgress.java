package org.mentorship.application.model;

import static org.mentorship.application.problem.ApplicationProblems.EVIDENCE_NOT_A_LINK;
import static org.mentorship.application.problem.ApplicationProblems.PREREQUISITE_ALREADY_APPROVED;
import static org.mentorship.application.problem.ApplicationProblems.PREREQUISITE_NOT_SUBMITTED;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An applicant's progress on one prerequisite task of the project they applied to. */
@Entity
@Table(name = "application_prerequisite")
public class PrerequisiteProgress {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PrerequisiteStatus status;

    public String evidence;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "review_comment")
    public String reviewComment;

    @Version
    public long version;

    /** The applicant's progress on a task of the project just applied to: nothing handed in yet. */
    public static PrerequisiteProgress notStarted(UUID applicationId, PrerequisiteTask task) {
        PrerequisiteProgress row = new PrerequisiteProgress();
        row.id = UUID.randomUUID();
        row.applicationId = applicationId;
        row.taskId = task.id;
        row.position = task.position;
        row.status = PrerequisiteStatus.NOT_STARTED;
        return row;
    }

    /** The applicant hands in evidence (again, after it was sent back); an approved prerequisite is final. */
    public void submit(PrerequisiteTask task, String evidence, Instant at) {
        if (status == PrerequisiteStatus.APPROVED) {
            throw PREREQUISITE_ALREADY_APPROVED.with("This prerequisite is approved; there is nothing to resubmit");
        }
        if (!task.accepts(evidence)) {
            throw EVIDENCE_NOT_A_LINK.with("This task expects an http(s) link, e.g. to a merged pull request");
        }
        status = PrerequisiteStatus.SUBMITTED;
        this.evidence = evidence.trim();
        submittedAt = at;
    }

    /** A mentor approves the evidence handed in. */
    public void approve(String reviewer, Instant at) {
        reviewed(PrerequisiteStatus.APPROVED, reviewer, at, null);
    }

    /** A mentor sends the evidence back, saying what is missing; the applicant may hand it in again. */
    public void sendBack(String reviewer, Instant at, String comment) {
        reviewed(PrerequisiteStatus.RETURNED, reviewer, at, comment);
    }

    private void reviewed(PrerequisiteStatus outcome, String reviewer, Instant at, String comment) {
        if (status != PrerequisiteStatus.SUBMITTED) {
            throw PREREQUISITE_NOT_SUBMITTED.with(
                    "Only submitted evidence can be reviewed; this prerequisite is " + status);
        }
        status = outcome;
        reviewedBy = reviewer;
        reviewedAt = at;
        reviewComment = comment;
    }
}
