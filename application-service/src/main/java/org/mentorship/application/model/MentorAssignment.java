package org.mentorship.application.model;

import static org.mentorship.application.problem.ApplicationProblems.MENTOR_AGREEMENT_VERSION_MISMATCH;
import static org.mentorship.application.problem.ApplicationProblems.MENTOR_NOT_ACTIVE;
import static org.mentorship.application.problem.ApplicationProblems.MENTOR_NOT_INVITED;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One mentor on one project: her role, where she is reached (the one place a mentor's contact details live; the
 * project's mentorEmails mirror the ACTIVE ones), the capacity she takes, and her lifecycle INVITED -> ACTIVE ->
 * RESIGNED | REPLACED with the mentor agreement she signed kept as signed. The transitions below refuse every other
 * move with 409 and return the {@link Transition} for the history.
 */
@Entity
@Table(name = "mentor_assignment")
public class MentorAssignment {

    public record Transition(MentorStatus from, MentorStatus to, String actor, String reason) {}

    /** What a mentor named in the project's mentorIds is recorded with (no invitation, no agreement). */
    public static final String ASSIGNED_AT_CREATION = "assigned at creation";

    public static final String ADDED_BY_EDIT = "added by a project edit";

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "mentor_id", nullable = false)
    public String mentorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MentorRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MentorStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MentorOrigin origin;

    public String name;

    public String email;

    /** Most accepted-or-onboarded mentees of a term she takes; null: no limit (mentors named at creation). */
    public Integer capacity;

    @Column(name = "invited_by", nullable = false)
    public String invitedBy;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;

    @Column(name = "active_since")
    public Instant activeSince;

    @Column(name = "agreement_version")
    public String agreementVersion;

    @Column(name = "agreement_text")
    public String agreementText;

    @Column(name = "legal_name")
    public String legalName;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "replaces_mentor_id")
    public String replacesMentorId;

    @Column(name = "replaced_by")
    public String replacedBy;

    @Column(name = "replaced_at")
    public Instant replacedAt;

    @Column(name = "resigned_at")
    public Instant resignedAt;

    @Column(name = "resignation_reason")
    public String resignationReason;

    @Version
    public long version;

    /** A mentor the coordinator named in the project's mentorIds: ACTIVE at once, without an agreement. */
    public static MentorAssignment named(
            UUID projectId,
            String mentorId,
            MentorRole role,
            String email,
            MentorOrigin origin,
            String by,
            Instant at) {
        MentorAssignment a = base(projectId, mentorId, role, by, at);
        a.origin = origin;
        a.email = email;
        a.status = MentorStatus.ACTIVE;
        a.activeSince = at;
        return a;
    }

    /** An invitation: INVITED until she signs the mentor agreement. */
    public static MentorAssignment invite(
            UUID projectId,
            String mentorId,
            String name,
            String email,
            MentorRole role,
            int capacity,
            String replacesMentorId,
            String by,
            Instant at) {
        MentorAssignment a = base(projectId, mentorId, role, by, at);
        a.origin = MentorOrigin.INVITATION;
        a.name = name.trim();
        a.email = email.trim();
        a.capacity = capacity;
        a.replacesMentorId = replacesMentorId;
        a.status = MentorStatus.INVITED;
        return a;
    }

    private static MentorAssignment base(UUID projectId, String mentorId, MentorRole role, String by, Instant at) {
        MentorAssignment a = new MentorAssignment();
        a.id = UUID.randomUUID();
        a.projectId = projectId;
        a.mentorId = mentorId;
        a.role = role;
        a.invitedBy = by;
        a.invitedAt = at;
        return a;
    }

    public boolean isActive() {
        return status == MentorStatus.ACTIVE;
    }

    /** Still on the project or on the way there (INVITED or ACTIVE). */
    public boolean isCurrent() {
        return status == MentorStatus.INVITED || status == MentorStatus.ACTIVE;
    }

    /**
     * 409 unless this is an open invitation (mentor-not-invited) and she signs the current agreement
     * (mentor-agreement-version-mismatch): checked before anything changes.
     */
    public void requireAcceptable(String currentVersion, String signedVersion) {
        if (status != MentorStatus.INVITED) {
            throw MENTOR_NOT_INVITED.with(
                    "Mentor " + mentorId + " is " + status + " on this project: only an invitation is accepted");
        }
        if (!currentVersion.equals(signedVersion)) {
            throw MENTOR_AGREEMENT_VERSION_MISMATCH.with(
                    "The current mentor agreement is version " + currentVersion + "; read it again and sign that one");
        }
    }

    /** The invited mentor signs the agreement (a snapshot: text, version, legal name, time) and becomes ACTIVE. */
    public Transition accept(String agreementVersion, String agreementText, String legalName, Instant at) {
        requireAcceptable(agreementVersion, agreementVersion);
        this.agreementVersion = agreementVersion;
        this.agreementText = agreementText;
        this.legalName = legalName.trim();
        this.signedAt = at;
        this.activeSince = at;
        return moveTo(
                MentorStatus.ACTIVE, mentorId, "accepted the invitation, signed mentor agreement " + agreementVersion);
    }

    /** She leaves (by her own word or an admin's record of it). */
    public Transition resign(String actor, String reason, Instant at) {
        requireActive("resign");
        resignedAt = at;
        resignationReason = reason == null ? null : reason.trim();
        return moveTo(MentorStatus.RESIGNED, actor, resignationReason);
    }

    /** Another mentor took over (her acceptance of an invitation naming this one). */
    public Transition replaceBy(String successor, Instant at) {
        requireActive("be replaced");
        replacedBy = successor;
        replacedAt = at;
        return moveTo(MentorStatus.REPLACED, successor, "replaced by " + successor);
    }

    /** A resigned mentor's place was taken later: kept for the record, her status stays RESIGNED. */
    public void succeededBy(String successor, Instant at) {
        if (status != MentorStatus.RESIGNED) {
            throw MENTOR_NOT_ACTIVE.with("Mentor " + mentorId + " is " + status + ": only a resigned mentor's place is"
                    + " taken over this way");
        }
        replacedBy = successor;
        replacedAt = at;
    }

    private void requireActive(String what) {
        if (status != MentorStatus.ACTIVE) {
            throw MENTOR_NOT_ACTIVE.with(
                    "Mentor " + mentorId + " is " + status + " on this project: only an ACTIVE mentor may " + what);
        }
    }

    private Transition moveTo(MentorStatus to, String actor, String reason) {
        Transition transition = new Transition(status, to, actor, reason);
        status = to;
        return transition;
    }
}
