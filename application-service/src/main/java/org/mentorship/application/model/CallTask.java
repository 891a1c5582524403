package org.mentorship.application.model;

import static org.mentorship.application.problem.ApplicationProblems.CALL_TASK_CLOSED;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A phone call a coordinator must make to tell an applicant who prefers phone their result. */
@Entity
@Table(name = "call_task")
public class CallTask {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CallTaskStatus")
    public enum Status {
        OPEN,
        DONE
    }

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "applicant_id", nullable = false)
    public String applicantId;

    @Column(nullable = false)
    public String phone;

    @Column(nullable = false)
    public String script;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "done_by")
    public String doneBy;

    @Column(name = "done_at")
    public Instant doneAt;

    public String note;

    /** A call about a decision held by the term's embargo is listed (and made) from this time; null: at once. */
    @Column(name = "visible_from")
    public Instant visibleFrom;

    @Version
    public long version;

    /** A call a coordinator owes the applicant, due at {@code dueAt}, with what to tell them. */
    public static CallTask open(UUID applicationId, String applicantId, String phone, String script, Instant dueAt) {
        CallTask task = new CallTask();
        task.id = UUID.randomUUID();
        task.applicationId = applicationId;
        task.applicantId = applicantId;
        task.phone = phone;
        task.script = script;
        task.dueAt = dueAt;
        task.status = Status.OPEN;
        return task;
    }

    /** Held until the term's announcement (null: not held). */
    public CallTask heldUntil(Instant announceAt) {
        visibleFrom = announceAt;
        return this;
    }

    /** Whether coordinators see it (and may close it) at {@code now}. */
    public boolean isVisibleAt(Instant now) {
        return visibleFrom == null || !visibleFrom.isAfter(now);
    }

    /** The call was made; a call is recorded as done once. */
    public void close(String by, Instant at, String note) {
        if (status == Status.DONE) {
            throw CALL_TASK_CLOSED.with("This call was recorded as done at " + doneAt + " by " + doneBy);
        }
        status = Status.DONE;
        doneBy = by;
        doneAt = at;
        this.note = note;
    }
}
