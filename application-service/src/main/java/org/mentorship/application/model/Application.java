package org.mentorship.application.model;

import static org.mentorship.application.problem.ApplicationProblems.APPLICATION_NOT_OPEN;
import static org.mentorship.application.problem.ApplicationProblems.NOT_ACCEPTED;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One applicant's application to one project of a term, from submission to graduation. */
@Entity
@Table(name = "application")
public class Application {

    @Id
    public UUID id;

    @Column(name = "term_id", nullable = false)
    public UUID termId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "applicant_id", nullable = false)
    public String applicantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    public String motivation;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    /** Why a coordinator accepted before the minimum review time; kept for audit. */
    @Column(name = "override_reason")
    public String overrideReason;

    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    @Column(name = "recommended_by")
    public String recommendedBy;

    @Column(name = "recommendation_note")
    public String recommendationNote;

    @Column(name = "mentorship_id")
    public UUID mentorshipId;

    /** The eligibility flag rules met at submission, comma-separated (EligibilityPolicy); null when none. */
    @Column(name = "eligibility_flags")
    String eligibilityFlags;

    /** The applicant's order of her applications of the term (1 = first choice); null until she ranks them. */
    @Column(name = "preference_rank")
    public Integer preferenceRank;

    /** SPAM or INELIGIBLE when a coordinator screened it out (it is REJECTED then); null otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "screening_verdict")
    public ScreeningVerdict screeningVerdict;

    /** The mean of its reviewers' totals (ScoringPolicy.averages), for coordinators; null before the first score. */
    @Column(name = "average_score")
    public BigDecimal averageScore;

    @Column(name = "review_count", nullable = false)
    public int reviewCount;

    /** When a coordinator put it on its project's waitlist (the waitlist's order); null when never waitlisted. */
    @Column(name = "waitlisted_at")
    public Instant waitlistedAt;

    /**
     * What the applicant sees of its status while the term's announcement is ahead: the status before the first change
     * made under the embargo (AnnouncementPolicy); null when nothing was held.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "held_status")
    public ApplicationStatus heldStatus;

    /** When the first held change was made: the history she sees ends before it. */
    @Column(name = "held_since")
    public Instant heldSince;

    @Version
    public long version;

    /** One move of the status, as the application's history keeps it (StatusChanges writes it). */
    public record Transition(ApplicationStatus from, ApplicationStatus to, String actor, String reason) {}

    /** A new application to a project of a term, submitted at {@code at}. */
    public static Application submit(UUID termId, UUID projectId, String applicantId, String motivation, Instant at) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.termId = termId;
        application.projectId = projectId;
        application.applicantId = applicantId;
        application.motivation = motivation;
        application.submittedAt = at;
        application.status = ApplicationStatus.SUBMITTED;
        return application;
    }

    /** Flags the submitted application for its reviewers: the term's flag rules its applicant's answer met. */
    public void flagForReview(List<String> rules) {
        eligibilityFlags = rules.isEmpty() ? null : String.join(",", rules);
    }

    /** The eligibility flags reviewers see (an empty list when none). */
    public List<String> eligibilityFlags() {
        return eligibilityFlags == null ? List.of() : List.of(eligibilityFlags.split(","));
    }

    /** Only an open application is decided (accepted or rejected): submitted, or waiting on its project's waitlist. */
    public void requireDecidable() {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.WAITLISTED) {
            throw APPLICATION_NOT_OPEN.with(
                    "Only a submitted or waitlisted application can be decided; this one is " + status);
        }
    }

    /** Only a submitted application is put on the waitlist (once: its place is the time it was waitlisted). */
    public void requireWaitlistable() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw APPLICATION_NOT_OPEN.with("Only a submitted application can be waitlisted; this one is " + status);
        }
    }

    /** Prerequisites are handed in and reviewed only while the application is submitted. */
    public void requireOpenForPrerequisites() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw APPLICATION_NOT_OPEN.with(
                    "Prerequisites change only while the application is SUBMITTED; it is " + status);
        }
    }

    /** A mentor's (or coordinator's) recommendation, for the coordinator who decides. */
    public void recommend(Recommendation recommendation, String by, String note) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw APPLICATION_NOT_OPEN.with("Recommendations are for submitted applications; this one is " + status);
        }
        this.recommendation = recommendation;
        this.recommendedBy = by;
        this.recommendationNote = note;
    }

    /** Mentors score it against the rubric until it is decided (or withdrawn). */
    public void requireOpenForScoring() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw APPLICATION_NOT_OPEN.with("Applications are scored while SUBMITTED; this one is " + status);
        }
    }

    /** Its reviewers' scores changed: the average total and how many reviewers scored it. */
    public void reviewed(BigDecimal averageScore, int reviewCount) {
        this.averageScore = averageScore;
        this.reviewCount = reviewCount;
    }

    /** Its place in the applicant's order of her applications of the term (ScoringPolicy.ranks). */
    public void rank(int preferenceRank) {
        this.preferenceRank = preferenceRank;
    }

    /**
     * Screened out by a coordinator as spam or ineligible: rejected like any rejection, the verdict named in the
     * reason the history keeps ("spam: ...", "ineligible: ...").
     */
    public Transition screenOut(ScreeningVerdict verdict, String actor, Instant at, String reason) {
        requireDecidable();
        String why = verdict.name().toLowerCase(Locale.ROOT) + ": " + reason;
        decided(actor, at, why, null);
        screeningVerdict = verdict;
        return moveTo(ApplicationStatus.REJECTED, actor, why);
    }

    /**
     * Accepted by a coordinator.
     *
     * @param reason the coordinator's reason, if any
     * @param overrideReason why it is accepted before the review minimum; null when it is not early
     */
    public Transition accept(String actor, Instant at, String reason, String overrideReason) {
        requireDecidable();
        decided(actor, at, reason, overrideReason);
        return moveTo(ApplicationStatus.ACCEPTED, actor, reason == null ? "accepted" : reason);
    }

    /**
     * Put on its project's waitlist by a coordinator, behind the ones waitlisted before; not a decision yet (no
     * decidedAt), so the applicant is told nothing but her status.
     */
    public Transition waitlist(String actor, Instant at, String reason) {
        requireWaitlistable();
        waitlistedAt = at;
        return moveTo(ApplicationStatus.WAITLISTED, actor, reason == null ? "waitlisted" : reason);
    }

    /** First on the waitlist when an accepted applicant of its project withdrew: accepted into the freed slot. */
    public Transition offerFreedSlot(String actor, Instant at, String reason) {
        if (status != ApplicationStatus.WAITLISTED) {
            throw APPLICATION_NOT_OPEN.with(
                    "Only a waitlisted application is offered a freed slot; this one is " + status);
        }
        decided(actor, at, reason, null);
        return moveTo(ApplicationStatus.ACCEPTED, actor, reason);
    }

    /** Still waitlisted when the program started: closed as not selected (WaitlistPolicy.CLOSED_AT_PROGRAM_START). */
    public Transition closeWaitlisted(String actor, Instant at, String reason) {
        if (status != ApplicationStatus.WAITLISTED) {
            throw APPLICATION_NOT_OPEN.with(
                    "Only a waitlisted application closes at program start; this one is " + status);
        }
        decided(actor, at, reason, null);
        return moveTo(ApplicationStatus.REJECTED, actor, reason);
    }

    /** Rejected by a coordinator, saying why. */
    public Transition reject(String actor, Instant at, String reason) {
        requireDecidable();
        decided(actor, at, reason, null);
        return moveTo(ApplicationStatus.REJECTED, actor, reason);
    }

    /** Still open when the review period ended: closed as not accepted, saying why (ReviewPolicy.closingReason). */
    public Transition closeAsNotAccepted(String actor, Instant at, String reason) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw APPLICATION_NOT_OPEN.with("Only a submitted application closes at review end; this one is " + status);
        }
        decided(actor, at, reason, null);
        return moveTo(ApplicationStatus.REJECTED, actor, reason);
    }

    /**
     * Withdrawn by the applicant: while submitted or waitlisted, or accepted and not yet onboarded (the slot is freed).
     */
    public Transition withdraw(String actor, String reason) {
        if (status != ApplicationStatus.SUBMITTED
                && status != ApplicationStatus.WAITLISTED
                && status != ApplicationStatus.ACCEPTED) {
            throw APPLICATION_NOT_OPEN.with(
                    "Only a submitted, waitlisted or accepted (not yet onboarded) application can be withdrawn; this "
                            + "one is " + status);
        }
        return moveTo(ApplicationStatus.WITHDRAWN, actor, reason);
    }

    /** Accepted, and its applicant then accepted by a project she ranked higher: released (SelectionPolicy). */
    public Transition release(String actor, String reason) {
        if (status != ApplicationStatus.ACCEPTED) {
            throw APPLICATION_NOT_OPEN.with(
                    "Only an accepted (not yet onboarded) application is released; this one is " + status);
        }
        return moveTo(ApplicationStatus.WITHDRAWN, actor, reason);
    }

    /** Withdrawn because its applicant was accepted to another project of the term (SelectionPolicy). */
    public Transition withdrawForAcceptanceElsewhere(String actor, String reason) {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.WAITLISTED) {
            throw APPLICATION_NOT_OPEN.with(
                    "Only a submitted or waitlisted application is withdrawn this way; this one is " + status);
        }
        return moveTo(ApplicationStatus.WITHDRAWN, actor, reason);
    }

    /** An onboarding exists from acceptance on (and stays readable after it). */
    public void requireOnboardingStarted() {
        if (status == ApplicationStatus.SUBMITTED
                || status == ApplicationStatus.WAITLISTED
                || status == ApplicationStatus.REJECTED
                || status == ApplicationStatus.WITHDRAWN) {
            throw NOT_ACCEPTED.with("Onboarding starts when the application is accepted; it is " + status);
        }
    }

    /** Onboarding steps are taken while the application is accepted. */
    public void requireInOnboarding() {
        if (status != ApplicationStatus.ACCEPTED) {
            throw NOT_ACCEPTED.with("Onboarding steps are taken while the application is ACCEPTED; it is " + status);
        }
    }

    /** Contract signed and HR steps done: the mentorship begins. */
    public Transition onboard(UUID mentorshipId, String actor) {
        requireInOnboarding();
        this.mentorshipId = mentorshipId;
        return moveTo(ApplicationStatus.ONBOARDED, actor, "contract signed and HR steps done");
    }

    /** The mentorship completed; empty when the application has moved past it (events may come out of order). */
    public Optional<Transition> completeMentorship(String actor) {
        return moveOn(Set.of(ApplicationStatus.ONBOARDED), ApplicationStatus.COMPLETED, actor, "mentorship completed");
    }

    /** The mentorship ended early; empty when it is not running or completed. */
    public Optional<Transition> endMentorship(String actor, String reason) {
        return moveOn(
                Set.of(ApplicationStatus.ONBOARDED, ApplicationStatus.COMPLETED),
                ApplicationStatus.ENDED,
                actor,
                "mentorship ended: " + reason);
    }

    /** The mentee was certified; empty when the mentorship is not running or completed. */
    public Optional<Transition> graduate(String actor) {
        return moveOn(
                Set.of(ApplicationStatus.ONBOARDED, ApplicationStatus.COMPLETED),
                ApplicationStatus.GRADUATED,
                actor,
                "certificate issued");
    }

    private Optional<Transition> moveOn(
            Set<ApplicationStatus> from, ApplicationStatus to, String actor, String reason) {
        return from.contains(status) ? Optional.of(moveTo(to, actor, reason)) : Optional.empty();
    }

    /** A change under the term's embargo: the applicant keeps seeing {@code shown} (the first one's from) for now. */
    public void hold(ApplicationStatus shown, Instant at) {
        if (heldStatus == null) {
            heldStatus = shown;
            heldSince = at;
        }
    }

    /** The applicant's own move while held (she withdrew): she sees what she did. */
    public void showHeld(ApplicationStatus shown) {
        if (heldStatus != null) {
            heldStatus = shown;
        }
    }

    public boolean hasHeldChanges() {
        return heldStatus != null;
    }

    /**
     * A detached copy as the applicant sees it while held: the held status, no decision, no mentorship. Not managed:
     * read it, never change it.
     */
    public Application asShownWhileHeld() {
        Application shown = new Application();
        shown.id = id;
        shown.termId = termId;
        shown.projectId = projectId;
        shown.applicantId = applicantId;
        shown.status = heldStatus;
        shown.motivation = motivation;
        shown.submittedAt = submittedAt;
        shown.recommendation = recommendation;
        shown.recommendedBy = recommendedBy;
        shown.recommendationNote = recommendationNote;
        shown.eligibilityFlags = eligibilityFlags;
        shown.preferenceRank = preferenceRank;
        shown.averageScore = averageScore;
        shown.reviewCount = reviewCount;
        shown.waitlistedAt = heldStatus == ApplicationStatus.WAITLISTED ? waitlistedAt : null;
        shown.version = version;
        return shown;
    }

    private void decided(String actor, Instant at, String reason, String overrideReason) {
        decidedAt = at;
        decidedBy = actor;
        decisionReason = reason;
        this.overrideReason = overrideReason;
    }

    private Transition moveTo(ApplicationStatus to, String actor, String reason) {
        Transition transition = new Transition(status, to, actor, reason);
        status = to;
        return transition;
    }
}
