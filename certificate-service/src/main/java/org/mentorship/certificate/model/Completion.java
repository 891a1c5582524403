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

/** The completion record of one mentorship: what the Letter of Completion still waits for. */
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
}
