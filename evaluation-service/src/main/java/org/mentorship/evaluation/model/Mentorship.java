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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One mentee's mentorship on one project: term dates, mentors, status and the extension budget used. */
@Entity
@Table(name = "mentorship")
public class Mentorship {

    /** Most an evaluation (or a coordinator) may extend one mentorship, in weeks, over its whole life. */
    public static final int MAX_EXTENSION_WEEKS = 5;

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "term_id", nullable = false)
    public UUID termId;

    @Column(name = "term_name", nullable = false)
    public String termName;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "project_title", nullable = false)
    public String projectTitle;

    @Column(nullable = false)
    public String organization;

    @Column(name = "mentee_id", nullable = false)
    public String menteeId;

    @Column(name = "mentee_name", nullable = false)
    public String menteeName;

    @Column(name = "mentee_email", nullable = false)
    public String menteeEmail;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mentorship_mentor", joinColumns = @JoinColumn(name = "mentorship_id"))
    @Column(name = "mentor_id")
    public Set<String> mentorIds = new LinkedHashSet<>();

    /** Mentor id to email, for those mentors the project gave one (MenteeOnboarded.mentorContacts). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mentorship_mentor_email", joinColumns = @JoinColumn(name = "mentorship_id"))
    @MapKeyColumn(name = "mentor_id")
    @Column(name = "email")
    public Map<String, String> mentorEmails = new LinkedHashMap<>();

    @Column(name = "evaluation_count", nullable = false)
    public int evaluationCount;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "original_ends_on", nullable = false)
    public LocalDate originalEndsOn;

    @Column(name = "extension_weeks", nullable = false)
    public int extensionWeeks;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MentorshipStatus status;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean isMentor(String userId) {
        return mentorIds.contains(userId);
    }

    public int extensionWeeksLeft() {
        return MAX_EXTENSION_WEEKS - extensionWeeks;
    }
}
