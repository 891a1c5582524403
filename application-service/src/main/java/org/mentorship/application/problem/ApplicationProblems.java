package org.mentorship.application.problem;

import org.mentorship.platform.problem.ProblemType;

/**
 * Every problem type application-service answers beyond the platform's ({@code PlatformProblems}): named by
 * {@code mentorship.problems.catalogue}, thrown as {@code throw NO_FREE_SLOT.with("...")} and published in the OpenAPI
 * document's {@code x-problem-types}. Slugs, statuses and titles are what clients switch on: they never change.
 */
public enum ApplicationProblems implements ProblemType {
    // Terms and projects
    VERSION_REQUIRED(422, "version-required", "Version required", "An edit does not send the version it was based on"),
    INVALID_TERM_DATES(
            422,
            "invalid-term-dates",
            "Invalid term dates",
            "The term's dates do not follow each other: open, close, review end, program start, program end"),
    REVIEW_PERIOD_TOO_SHORT(
            422,
            "review-period-too-short",
            "Review period too short",
            "A term's review period is set below the program's minimum of at least 14 days"),
    TERM_HAS_APPLICATIONS(
            409,
            "term-has-applications",
            "Term has applications",
            "People applied to the term: its opening is fixed, its window and review period can only be extended"),
    TERM_HAS_MENTORSHIPS(
            409,
            "term-has-mentorships",
            "Term has mentorships",
            "Mentees of the term are onboarded: its program dates are fixed"),
    UNKNOWN_TERM(422, "unknown-term", "Unknown term", "The project names a term that does not exist"),
    UNKNOWN_MENTOR(
            422, "unknown-mentor", "Unknown mentor", "A mentor email is given for someone who is not a project mentor"),
    PROJECT_HAS_APPLICATIONS(
            409,
            "project-has-applications",
            "Project has applications",
            "People applied to the project: its term and prerequisite tasks are fixed"),
    SLOTS_BELOW_ACCEPTED(
            409,
            "slots-below-accepted",
            "Fewer slots than accepted mentees",
            "The project's slots would drop below the applicants already accepted to it"),

    // Applicant profiles
    PROFILE_MISSING(404, "profile-missing", "No applicant profile", "The caller has no applicant profile yet"),
    PROFILE_REQUIRED(
            422,
            "profile-required",
            "Applicant profile required",
            "Someone without an applicant profile applies: the profile comes first"),
    UNKNOWN_TIME_ZONE(
            422, "unknown-time-zone", "Unknown time zone", "The profile's time zone is not an IANA time zone"),
    PHONE_REQUIRED(
            422,
            "phone-required",
            "Phone number required",
            "The profile prefers contact by phone but gives no phone number"),

    // Applying
    TERM_CLOSED(409, "term-closed", "Applications are closed", "The term does not take applications at this time"),
    ALREADY_APPLIED(
            409, "already-applied", "Already applied", "The applicant already has an application to this project"),
    APPLICATION_LIMIT_REACHED(
            409,
            "application-limit-reached",
            "Application limit reached",
            "The applicant already has the most applications one person may have in a term"),
    APPLICATION_NOT_OPEN(
            409,
            "application-not-open",
            "Application not open",
            "The application's status does not allow this: it was decided, withdrawn or has moved on"),

    // Prerequisites and review
    PREREQUISITE_ALREADY_APPROVED(
            409,
            "prerequisite-already-approved",
            "Already approved",
            "The prerequisite is approved: there is nothing to hand in again"),
    EVIDENCE_NOT_A_LINK(
            422,
            "evidence-not-a-link",
            "Evidence must be a link",
            "The prerequisite task expects an http(s) link as its evidence"),
    PREREQUISITE_NOT_SUBMITTED(
            409,
            "prerequisite-not-submitted",
            "Nothing to review",
            "A mentor reviews a prerequisite whose evidence is not handed in"),
    REVIEW_PERIOD_ENDED(
            409,
            "review-period-ended",
            "Review period ended",
            "The term's review period is over: prerequisites and acceptances end with it"),

    // Decisions
    REASON_REQUIRED(422, "reason-required", "Reason required", "A rejection does not say why"),
    PREREQUISITES_INCOMPLETE(
            422,
            "prerequisites-incomplete",
            "Prerequisites incomplete",
            "An application is accepted before every one of its prerequisites is approved"),
    REVIEW_MINIMUM_NOT_REACHED(
            422,
            "review-minimum-not-reached",
            "Review minimum not reached",
            "An application is accepted before its minimum review time without an override reason"),
    ALREADY_ACCEPTED_IN_TERM(
            409,
            "already-accepted-in-term",
            "Already accepted this term",
            "The applicant is already accepted to a project of the term: one project per term"),
    NO_FREE_SLOT(409, "no-free-slot", "No free slot", "Every slot of the project is taken by an accepted applicant"),

    // Onboarding and result calls
    NOT_ACCEPTED(
            409,
            "not-accepted",
            "Not in onboarding",
            "The application is not in onboarding: it is not accepted, or its onboarding is over"),
    CONTRACT_ALREADY_SIGNED(
            409,
            "contract-already-signed",
            "Contract already signed",
            "The application's contract is signed: a signature cannot change"),
    CONTRACT_VERSION_MISMATCH(
            409,
            "contract-version-mismatch",
            "Contract version mismatch",
            "The signature names another version than the current contract"),
    HR_STEP_DONE(409, "hr-step-done", "HR step already done", "The HR step was checked off before"),
    CALL_TASK_CLOSED(409, "call-task-closed", "Call already done", "The result call was already recorded as done");

    private final int status;
    private final String slug;
    private final String title;
    private final String description;

    ApplicationProblems(int status, String slug, String title, String description) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.description = description;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String description() {
        return description;
    }
}
