package org.mentorship.certificate.problem;

import org.mentorship.platform.problem.ProblemType;

/**
 * Every problem type certificate-service answers beyond the platform's (named by
 * {@code mentorship.problems.catalogue}): the slugs, statuses and titles clients switch on, and when each is answered.
 */
public enum CertificateProblems implements ProblemType {
    COMPLETION_CLOSED(
            409,
            "completion-closed",
            "Completion record closed",
            "The mentorship ended without completion: its record takes no exam results or survey answer"),
    ONBOARDING_PENDING(
            409,
            "onboarding-pending",
            "Onboarding not received yet",
            "The mentorship's onboarding has not reached this service yet; retry later"),
    EXAM_NOT_APPLICABLE(
            422,
            "exam-not-applicable",
            "Exam does not apply",
            "The exam is neither a program-wide exam nor one of the mentorship's project"),
    PARTNER_NOT_REGISTERED(
            403,
            "partner-not-registered",
            "Partner not registered for this exam",
            "The partner system is not registered to record attempts of this exam; a coordinator registers it"),
    TAKEN_IN_FUTURE(422, "taken-in-future", "Attempt in the future", "takenAt is after now"),
    TAKEN_BEFORE_MENTORSHIP(
            422,
            "taken-before-mentorship",
            "Attempt before the mentorship",
            "takenAt is before the mentorship started (the mentee's onboarding)"),
    INVALID_SURVEY(422, "invalid-survey", "Invalid survey", "The survey's questions break their rules; each is named"),
    NO_SURVEY(404, "no-survey", "No survey", "No feedback survey has been published yet"),
    SURVEY_NOT_OPEN(
            409,
            "survey-not-open",
            "Survey not open yet",
            "The feedback survey opens once the mentorship's final evaluation passed"),
    SURVEY_ALREADY_ANSWERED(
            409,
            "survey-already-answered",
            "Survey already answered",
            "The mentee answers the feedback survey of a mentorship once"),
    INVALID_SURVEY_ANSWER(
            422,
            "invalid-survey-answer",
            "Invalid survey answer",
            "An answer does not fit its question, a required one is missing or one names no question"),
    CERTIFICATE_ALREADY_REVOKED(
            409, "certificate-already-revoked", "Already revoked", "The certificate was revoked before"),
    CERTIFICATE_UNKNOWN(
            404, "certificate-unknown", "Unknown certificate", "No Letter of Completion has this verification code"),
    CERTIFICATE_INVALID(
            409,
            "certificate-invalid",
            "Certificate fails verification",
            "The stored facts of the certificate do not match their signature; the program is to be contacted");

    private final int status;
    private final String slug;
    private final String title;
    private final String description;

    CertificateProblems(int status, String slug, String title, String description) {
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
