package org.mentorship.certificate.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The completion record of one mentorship: what the Letter of Completion still waits for. OPEN until
 * {@link #certify} or {@link #close}, both final.
 */
@Entity
@Table(name = "completion")
public class Completion {

    @Id
    public UUID id;

    @Column(name = "mentorship_id", nullable = false)
    public UUID mentorshipId;

    @Column(name = "mentee_id", nullable = false)
    public String menteeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CompletionStatus status;

    /** False until MenteeOnboarded arrived (a record can be opened by an evaluation event that overtook it). */
    @Column(nullable = false)
    public boolean onboarded;

    @Column(name = "mentee_name")
    public String menteeName;

    @Column(name = "mentee_email")
    public String menteeEmail;

    @Column(name = "term_id")
    public UUID termId;

    @Column(name = "term_name")
    public String termName;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "project_title")
    public String projectTitle;

    public String organization;

    @Column(name = "program_start")
    public LocalDate programStart;

    @Column(name = "program_end")
    public LocalDate programEnd;

    @Column(name = "onboarded_at")
    public Instant onboardedAt;

    /** When MentorshipCompleted said the final evaluation passed (with every milestone and task done). */
    @Column(name = "mentorship_completed_at")
    public Instant mentorshipCompletedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "close_reason")
    public String closeReason;

    /** The program output MentorshipCompleted carried (confirmed by a mentor); null when it carried none. */
    @Column(name = "work_product_url")
    public String workProductUrl;

    @Column(name = "final_report")
    public String finalReport;

    /** When the survey opened (MentorshipCompleted arrived) and when it and the exams are due (RequirementsSchedule). */
    @Column(name = "survey_opened_at")
    public Instant surveyOpenedAt;

    @Column(name = "requirements_due_at")
    public Instant requirementsDueAt;

    /** The mentee's opt-in to the public list of graduates (GET /api/v1/graduates): off until she turns it on. */
    @Column(name = "publicly_listed", nullable = false)
    public boolean publiclyListed;

    @Column(name = "listing_changed_at")
    public Instant listingChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "completion_mentor", joinColumns = @JoinColumn(name = "completion_id"))
    @Column(name = "mentor_id")
    public Set<String> mentorIds = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean mentorshipCompleted() {
        return mentorshipCompletedAt != null;
    }

    /**
     * MentorshipCompleted arrived: the survey opens and the requirements fall due; returns false when they had
     * already opened (the same fact again).
     */
    public boolean openRequirements(
            Instant completedAt, String workProduct, String report, Instant opened, Instant due) {
        if (surveyOpenedAt != null) {
            return false;
        }
        mentorshipCompletedAt = completedAt;
        workProductUrl = workProduct;
        finalReport = report;
        surveyOpenedAt = opened;
        requirementsDueAt = due;
        return true;
    }

    /** The mentee's choice to be listed (or not) among the term's graduates; returns whether it changed. */
    public boolean listPublicly(boolean listed, Instant now) {
        if (publiclyListed == listed) {
            return false;
        }
        publiclyListed = listed;
        listingChangedAt = now;
        return true;
    }

    /** Every requirement met and the certificate issued. */
    public void certify() {
        requireOpen();
        status = CompletionStatus.CERTIFIED;
    }

    /** The mentorship was terminated: the record closes without a certificate; returns the status it left. */
    public CompletionStatus close(String reason, Instant at) {
        requireOpen();
        CompletionStatus from = status;
        status = CompletionStatus.CLOSED;
        closedAt = at;
        closeReason = reason;
        return from;
    }

    private void requireOpen() {
        if (status != CompletionStatus.OPEN) {
            // The services check first (CompletionPolicy): reaching here is a bug, not a request to refuse.
            throw new IllegalStateException("Completion record " + id + " is " + status + ", not OPEN");
        }
    }
}
