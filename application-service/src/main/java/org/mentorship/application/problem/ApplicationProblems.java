package org.mentorship.application.problem;

import org.mentorship.platform.problem.ProblemType;

/**
 * Every problem type application-service answers beyond the platform's ({@code PlatformProblems}): named by
 * {@code mentorship.problems.catalogue}, thrown as {@code throw NO_FREE_SLOT.with("...")} and published in the OpenAPI
 * document's {@code x-problem-types}. Slugs, statuses and titles are what clients switch on: they never change.
 */
public final class ApplicationProblems {
    // Terms and projects
    public static final ProblemType VERSION_REQUIRED = new ProblemType(
            422, "version-required", "Version required", "An edit does not send the version it was based on");
    public static final ProblemType INVALID_TERM_DATES = new ProblemType(
            422,
            "invalid-term-dates",
            "Invalid term dates",
            "The term's dates do not follow each other: open, close, review end, program start, program end");
    public static final ProblemType REVIEW_PERIOD_TOO_SHORT = new ProblemType(
            422,
            "review-period-too-short",
            "Review period too short",
            "A term's review period is set below the program's minimum of at least 14 days");
    public static final ProblemType TERM_HAS_APPLICATIONS = new ProblemType(
            409,
            "term-has-applications",
            "Term has applications",
            "People applied to the term: its opening is fixed, its window and review period can only be extended");
    public static final ProblemType TERM_HAS_MENTORSHIPS = new ProblemType(
            409,
            "term-has-mentorships",
            "Term has mentorships",
            "Mentees of the term are onboarded: its program dates are fixed");
    public static final ProblemType UNKNOWN_TERM =
            new ProblemType(422, "unknown-term", "Unknown term", "The project names a term that does not exist");
    public static final ProblemType UNKNOWN_MENTOR = new ProblemType(
            422, "unknown-mentor", "Unknown mentor", "A mentor email is given for someone who is not a project mentor");
    public static final ProblemType PROJECT_HAS_APPLICATIONS = new ProblemType(
            409,
            "project-has-applications",
            "Project has applications",
            "People applied to the project: its term and prerequisite tasks are fixed");
    public static final ProblemType SLOTS_BELOW_ACCEPTED = new ProblemType(
            409,
            "slots-below-accepted",
            "Fewer slots than accepted mentees",
            "The project's slots would drop below the applicants already accepted to it");
    // Project schedules and announcement embargo (issue 18)
    public static final ProblemType INVALID_PROJECT_HOURS = new ProblemType(
            422, "invalid-project-hours", "Invalid project size", "A project's size is 10 to 1000 hours");
    public static final ProblemType SCHEDULE_OUTSIDE_TERM = new ProblemType(
            422,
            "schedule-outside-term",
            "Schedule outside the term",
            "The project starts before its term's program start or ends after its program end");
    public static final ProblemType SCHEDULE_TOO_SHORT = new ProblemType(
            422, "schedule-too-short", "Schedule too short", "The project is shorter than two weeks per evaluation");
    public static final ProblemType SCHEDULE_FIXED = new ProblemType(
            409,
            "schedule-fixed",
            "Schedule fixed",
            "The project has accepted mentees: its size, start and length are fixed");
    public static final ProblemType INVALID_ANNOUNCEMENT_TIME = new ProblemType(
            422,
            "invalid-announcement-time",
            "Invalid announcement time",
            "A term's announcement time is after its applications close");
    public static final ProblemType ANNOUNCEMENT_MADE = new ProblemType(
            409,
            "announcement-made",
            "Announcement made",
            "The term's announcement time has passed: decisions were told, the time is fixed");
    // Applicant profiles
    public static final ProblemType PROFILE_MISSING =
            new ProblemType(404, "profile-missing", "No applicant profile", "The caller has no applicant profile yet");
    public static final ProblemType PROFILE_REQUIRED = new ProblemType(
            422,
            "profile-required",
            "Applicant profile required",
            "Someone without an applicant profile applies: the profile comes first");
    public static final ProblemType UNKNOWN_TIME_ZONE = new ProblemType(
            422, "unknown-time-zone", "Unknown time zone", "The profile's time zone is not an IANA time zone");
    public static final ProblemType PHONE_REQUIRED = new ProblemType(
            422,
            "phone-required",
            "Phone number required",
            "The profile prefers contact by phone but gives no phone number");
    // Applying
    public static final ProblemType TERM_CLOSED = new ProblemType(
            409, "term-closed", "Applications are closed", "The term does not take applications at this time");
    public static final ProblemType ALREADY_APPLIED = new ProblemType(
            409, "already-applied", "Already applied", "The applicant already has an application to this project");
    public static final ProblemType APPLICATION_LIMIT_REACHED = new ProblemType(
            409,
            "application-limit-reached",
            "Application limit reached",
            "The applicant already has the most applications one person may have in a term");
    public static final ProblemType APPLICATION_NOT_OPEN = new ProblemType(
            409,
            "application-not-open",
            "Application not open",
            "The application's status does not allow this: it was decided, withdrawn or has moved on");
    // Eligibility and conflicts (issue 18)
    public static final ProblemType NOT_ELIGIBLE = new ProblemType(
            422,
            "not-eligible",
            "Not eligible",
            "The applicant's eligibility answer fails one of the term's rules; the detail names the rule first "
                    + "(minimum-hours, minimum-age)");
    public static final ProblemType ELIGIBILITY_UNANSWERED = new ProblemType(
            422,
            "eligibility-unanswered",
            "Eligibility questions unanswered",
            "The term asks eligibility questions and the applicant has not answered them yet");
    public static final ProblemType ELIGIBILITY_ALREADY_ANSWERED = new ProblemType(
            409,
            "eligibility-already-answered",
            "Eligibility already answered",
            "The eligibility questions of a term are answered once per person: the first answer stands");
    public static final ProblemType ELIGIBILITY_NOT_ANSWERED = new ProblemType(
            404,
            "eligibility-not-answered",
            "No eligibility answer",
            "The caller has not answered the term's eligibility questions");
    public static final ProblemType UNKNOWN_COUNTRY =
            new ProblemType(422, "unknown-country", "Unknown country", "A country is not an ISO 3166-1 alpha-2 code");
    public static final ProblemType MENTOR_IN_TERM = new ProblemType(
            409,
            "mentor-in-term",
            "Mentor and applicant in one term",
            "Nobody is an applicant and a mentor in the same term: a mentor of a project of the term applies, or a "
                    + "person with an application of the term (not withdrawn) is made a mentor");
    public static final ProblemType CO_MENTOR_CONFLICT = new ProblemType(
            403,
            "co-mentor-conflict",
            "Application of a co-mentor",
            "A mentor acts on the application of someone who mentors the same project: a coordinator must");
    // Selection: preferences, rubrics, scores (issue 18)
    public static final ProblemType PREFERENCES_MISMATCH = new ProblemType(
            422,
            "preferences-mismatch",
            "Preferences do not match the applications",
            "A preference order names other applications than the caller's applications of the term that are not "
                    + "withdrawn, or names one twice: it must name each of them exactly once");
    public static final ProblemType INVALID_RUBRIC = new ProblemType(
            422, "invalid-rubric", "Invalid rubric", "A rubric has no criteria or names a criterion key twice");
    public static final ProblemType RUBRIC_IN_USE = new ProblemType(
            409,
            "rubric-in-use",
            "Rubric in use",
            "An application of the project was scored on the rubric: its criteria are fixed");
    public static final ProblemType NO_RUBRIC = new ProblemType(
            409, "no-rubric", "No rubric", "The project has no rubric yet: a coordinator sets it before scoring");
    public static final ProblemType INVALID_SCORES = new ProblemType(
            422,
            "invalid-scores",
            "Invalid scores",
            "Scores leave out a criterion of the rubric, name one it does not have, or give points outside 0 to the "
                    + "criterion's maximum");
    // Mentors as people with a lifecycle (issue 18)
    public static final ProblemType MENTOR_ALREADY_ON_PROJECT = new ProblemType(
            409,
            "mentor-already-on-project",
            "Mentor already on the project",
            "The person is already invited to or an active mentor of the project");
    public static final ProblemType PRIMARY_MENTOR_TAKEN = new ProblemType(
            409,
            "primary-mentor-taken",
            "The project has a primary mentor",
            "A second PRIMARY mentor is invited or accepts while the project has an active one (unless she replaces"
                    + " that one)");
    public static final ProblemType UNKNOWN_REPLACED_MENTOR = new ProblemType(
            422,
            "unknown-replaced-mentor",
            "Unknown mentor to replace",
            "replacesMentorId names nobody who is an active or resigned mentor of the project");
    public static final ProblemType MENTOR_NOT_INVITED = new ProblemType(
            409,
            "mentor-not-invited",
            "Not an open invitation",
            "The mentor's assignment to the project is not INVITED: it was accepted already or has ended");
    public static final ProblemType MENTOR_NOT_ACTIVE = new ProblemType(
            409,
            "mentor-not-active",
            "Mentor not active",
            "Only an ACTIVE mentor resigns or is replaced; this one is invited, resigned or replaced");
    public static final ProblemType MENTOR_AGREEMENT_VERSION_MISMATCH = new ProblemType(
            409,
            "mentor-agreement-version-mismatch",
            "Mentor agreement version mismatch",
            "The acceptance names another version than the current mentor agreement");
    public static final ProblemType MENTOR_AT_CAPACITY = new ProblemType(
            409,
            "mentor-at-capacity",
            "Mentor at capacity",
            "An active mentor of the project already has as many accepted or onboarded mentees in the term as her "
                    + "capacity; the detail names her");
    // Prerequisites and review
    public static final ProblemType PREREQUISITE_ALREADY_APPROVED = new ProblemType(
            409,
            "prerequisite-already-approved",
            "Already approved",
            "The prerequisite is approved: there is nothing to hand in again");
    public static final ProblemType EVIDENCE_NOT_A_LINK = new ProblemType(
            422,
            "evidence-not-a-link",
            "Evidence must be a link",
            "The prerequisite task expects an http(s) link as its evidence");
    public static final ProblemType PREREQUISITE_NOT_SUBMITTED = new ProblemType(
            409,
            "prerequisite-not-submitted",
            "Nothing to review",
            "A mentor reviews a prerequisite whose evidence is not handed in");
    public static final ProblemType REVIEW_PERIOD_ENDED = new ProblemType(
            409,
            "review-period-ended",
            "Review period ended",
            "The term's review period is over: prerequisites and acceptances end with it");
    // Decisions
    public static final ProblemType REASON_REQUIRED =
            new ProblemType(422, "reason-required", "Reason required", "A rejection does not say why");
    public static final ProblemType PREREQUISITES_INCOMPLETE = new ProblemType(
            422,
            "prerequisites-incomplete",
            "Prerequisites incomplete",
            "An application is accepted before every one of its prerequisites is approved");
    public static final ProblemType REVIEW_MINIMUM_NOT_REACHED = new ProblemType(
            422,
            "review-minimum-not-reached",
            "Review minimum not reached",
            "An application is accepted before its minimum review time without an override reason");
    public static final ProblemType ALREADY_ACCEPTED_IN_TERM = new ProblemType(
            409,
            "already-accepted-in-term",
            "Already accepted this term",
            "The applicant is already accepted to a project of the term: one project per term");
    public static final ProblemType NO_FREE_SLOT = new ProblemType(
            409, "no-free-slot", "No free slot", "Every slot of the project is taken by an accepted applicant");
    // Onboarding and result calls
    public static final ProblemType NOT_ACCEPTED = new ProblemType(
            409,
            "not-accepted",
            "Not in onboarding",
            "The application is not in onboarding: it is not accepted, or its onboarding is over");
    public static final ProblemType CONTRACT_ALREADY_SIGNED = new ProblemType(
            409,
            "contract-already-signed",
            "Contract already signed",
            "The application's contract is signed: a signature cannot change");
    public static final ProblemType CONTRACT_VERSION_MISMATCH = new ProblemType(
            409,
            "contract-version-mismatch",
            "Contract version mismatch",
            "The signature names another version than the current contract");
    public static final ProblemType HR_STEP_DONE =
            new ProblemType(409, "hr-step-done", "HR step already done", "The HR step was checked off before");
    public static final ProblemType CALL_TASK_CLOSED = new ProblemType(
            409, "call-task-closed", "Call already done", "The result call was already recorded as done");

    // Calendar feeds (calendar package)
    public static final ProblemType UNKNOWN_CALENDAR_FEED = new ProblemType(
            404,
            "unknown-calendar-feed",
            "Unknown calendar feed",
            "The calendar feed token is unknown, malformed or revoked (all three answer alike)");

    // People: profile (time zone, channels) and erasure
    public static final ProblemType UNKNOWN_NOTICE_KIND = new ProblemType(
            422, "unknown-notice-kind", "Unknown notice kind", "A channel is chosen for a kind of notice there is not");
    public static final ProblemType UNKNOWN_CHANNEL = new ProblemType(
            422,
            "unknown-channel",
            "Unknown channel",
            "A notice kind is given a channel other than email, phone or feed");
    public static final ProblemType PHONE_NOT_OFFERED = new ProblemType(
            422,
            "phone-not-offered",
            "No calls for this kind",
            "The phone is chosen for a kind of notice nobody calls about: only decisions are told by phone");
    public static final ProblemType ERASURE_NOT_NOW = new ProblemType(
            409,
            "erasure-not-now",
            "Erasure not possible now",
            "The person is an accepted mentee whose mentorship is not over: evaluations and payments depend on it");

    // Bulk work (issue 18)
    public static final ProblemType BATCH_INVALID = new ProblemType(
            422,
            "batch-invalid",
            "Invalid batch",
            "A bulk request names no item, more items than one batch takes, an empty entry or one item twice: nothing"
                    + " was done");

    private ApplicationProblems() {}
}
