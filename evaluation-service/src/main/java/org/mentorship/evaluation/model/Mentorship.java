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
import org.mentorship.evaluation.policy.EvaluationSchedule;
import org.mentorship.evaluation.policy.OutputPolicy;
import org.mentorship.evaluation.problem.EvaluationProblems;

/**
 * One mentee's mentorship on one project: term dates, mentors, status and the extension budget used. Its changes
 * ({@link #extend}, {@link #terminate}, {@link #complete}) refuse an ended mentorship and return the status they left,
 * for the history.
 */
@Entity
@Table(name = "mentorship")
public class Mentorship {

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

    /** How a termination settled the stipend (null until terminated, and for terminations before it was kept). */
    @Enumerated(EnumType.STRING)
    @Column(name = "settlement")
    public Settlement settlement;

    /** With PAY_EARNED: the evaluation whose installment is still paid (SettlementPolicy). */
    @Column(name = "earned_evaluation")
    public Integer earnedEvaluation;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The program output (OutputPolicy): null until the mentee submits it. */
    @Column(name = "work_product_url")
    public String workProductUrl;

    @Column(name = "final_report")
    public String finalReport;

    @Column(name = "output_submitted_at")
    public Instant outputSubmittedAt;

    /** Null while the output (as it is now) is not confirmed. */
    @Column(name = "output_confirmed_by")
    public String outputConfirmedBy;

    @Column(name = "output_confirmed_at")
    public Instant outputConfirmedAt;

    @Version
    public long version;

    public boolean isMentor(String userId) {
        return mentorIds.contains(userId);
    }

    /**
     * A mentor of the project joins (MentorAssigned): she may submit its open evaluations and gets its reminders.
     *
     * @return whether anything changed (false for a mentor already on it with that address)
     */
    public boolean gainMentor(String mentorId, String email) {
        boolean changed = mentorIds.add(mentorId);
        if (email != null && !email.equals(mentorEmails.get(mentorId))) {
            mentorEmails.put(mentorId, email);
            changed = true;
        }
        return changed;
    }

    /**
     * A mentor left the project (MentorRemoved): no more submissions, reminders or access here.
     *
     * @return whether she was a mentor of this mentorship
     */
    public boolean loseMentor(String mentorId) {
        mentorEmails.remove(mentorId);
        return mentorIds.remove(mentorId);
    }

    public int extensionWeeksLeft() {
        return EvaluationSchedule.weeksLeft(extensionWeeks);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** 409 mentorship-ended once it is completed or terminated: nothing of it changes any more. */
    public void requireOpen() {
        if (!isOpen()) {
            throw EvaluationProblems.MENTORSHIP_ENDED.with(
                    "Mentorship " + id + " is " + status + "; nothing of it can change any more");
        }
    }

    /** Moves the end date by {@code weeks} (within the 5-week budget); the caller moves the evaluations. */
    public MentorshipStatus extend(int weeks) {
        requireOpen();
        EvaluationSchedule.requireExtension(id, extensionWeeks, weeks);
        MentorshipStatus from = status;
        extensionWeeks += weeks;
        endsOn = EvaluationSchedule.extended(endsOn, weeks);
        status = MentorshipStatus.EXTENDED;
        return from;
    }

    /**
     * The mentee's program output, checked against {@link OutputPolicy}; a change takes a confirmation away (the same
     * output again keeps it).
     *
     * @param finalEvaluation the last evaluation of the schedule (its window is the output's)
     */
    public void submitOutput(String url, String report, Evaluation finalEvaluation, Instant now) {
        requireOpen();
        OutputPolicy.requireWindow(finalEvaluation, now);
        OutputPolicy.requireWorkProductUrl(url);
        OutputPolicy.requireFinalReport(report);
        if (outputSubmittedAt != null && !OutputPolicy.changes(workProductUrl, finalReport, url, report)) {
            return;
        }
        workProductUrl = url;
        finalReport = report;
        outputSubmittedAt = now;
        outputConfirmedBy = null;
        outputConfirmedAt = null;
    }

    /** A mentor confirms the output as it is now (again, it keeps the first confirmation). */
    public void confirmOutput(String by, Evaluation finalEvaluation, Instant now) {
        requireOpen();
        OutputPolicy.requireWindow(finalEvaluation, now);
        OutputPolicy.requireSubmitted(outputSubmittedAt);
        if (outputConfirmed()) {
            return;
        }
        outputConfirmedBy = by;
        outputConfirmedAt = now;
    }

    public boolean outputConfirmed() {
        return outputConfirmedAt != null;
    }

    /** What MentorshipCompleted carries: the output only once confirmed (OutputPolicy rule 6). */
    public String confirmedWorkProductUrl() {
        return outputConfirmed() ? workProductUrl : null;
    }

    public String confirmedFinalReport() {
        return outputConfirmed() ? finalReport : null;
    }

    public MentorshipStatus terminate(String reason, Instant now) {
        return terminate(reason, now, Settlement.CANCEL_UNPAID, null);
    }

    /** Ends it early with the stipend's settlement (which evaluation may be paid is SettlementPolicy's). */
    public MentorshipStatus terminate(String reason, Instant now, Settlement settlement, Integer earnedEvaluation) {
        requireOpen();
        MentorshipStatus from = status;
        status = MentorshipStatus.TERMINATED;
        endReason = reason;
        endedAt = now;
        this.settlement = settlement;
        this.earnedEvaluation = settlement == Settlement.PAY_EARNED ? earnedEvaluation : null;
        return from;
    }

    /** Whether it is due is {@code CompletionPolicy}'s rule; this records it. */
    public MentorshipStatus complete(Instant now) {
        requireOpen();
        MentorshipStatus from = status;
        status = MentorshipStatus.COMPLETED;
        endedAt = now;
        return from;
    }
}
