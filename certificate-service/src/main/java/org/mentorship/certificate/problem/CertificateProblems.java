package org.mentorship.certificate.problem;

import org.mentorship.platform.problem.ProblemType;

/**
 * Every problem type certificate-service answers beyond the platform's (named by
 * {@code mentorship.problems.catalogue}): the slugs, statuses and titles clients switch on, and when each is answered.
 */
public final class CertificateProblems {
    public static final ProblemType COMPLETION_CLOSED = new ProblemType(
            409,
            "completion-closed",
            "Completion record closed",
            "The mentorship ended without completion: its record takes no exam results or survey answer");
    public static final ProblemType ONBOARDING_PENDING = new ProblemType(
            409,
            "onboarding-pending",
            "Onboarding not received yet",
            "The mentorship's onboarding has not reached this service yet; retry later");
    public static final ProblemType EXAM_NOT_APPLICABLE = new ProblemType(
            422,
            "exam-not-applicable",
            "Exam does not apply",
            "The exam is neither a program-wide exam nor one of the mentorship's project");
    public static final ProblemType PARTNER_NOT_REGISTERED = new ProblemType(
            403,
            "partner-not-registered",
            "Partner not registered for this exam",
            "The partner system is not registered to record attempts of this exam; a coordinator registers it");
    public static final ProblemType TAKEN_IN_FUTURE =
            new ProblemType(422, "taken-in-future", "Attempt in the future", "takenAt is after now");
    public static final ProblemType TAKEN_BEFORE_MENTORSHIP = new ProblemType(
            422,
            "taken-before-mentorship",
            "Attempt before the mentorship",
            "takenAt is before the mentorship started (the mentee's onboarding)");
    public static final ProblemType INVALID_SURVEY = new ProblemType(
            422, "invalid-survey", "Invalid survey", "The survey's questions break their rules; each is named");
    public static final ProblemType NO_SURVEY =
            new ProblemType(404, "no-survey", "No survey", "No feedback survey has been published yet");
    public static final ProblemType SURVEY_NOT_OPEN = new ProblemType(
            409,
            "survey-not-open",
            "Survey not open yet",
            "The feedback survey opens once the mentorship's final evaluation passed");
    public static final ProblemType SURVEY_ALREADY_ANSWERED = new ProblemType(
            409,
            "survey-already-answered",
            "Survey already answered",
            "The mentee answers the feedback survey of a mentorship once");
    public static final ProblemType INVALID_SURVEY_ANSWER = new ProblemType(
            422,
            "invalid-survey-answer",
            "Invalid survey answer",
            "An answer does not fit its question, a required one is missing or one names no question");
    public static final ProblemType CERTIFICATE_ALREADY_REVOKED = new ProblemType(
            409, "certificate-already-revoked", "Already revoked", "The certificate was revoked before");
    public static final ProblemType CERTIFICATE_UNKNOWN = new ProblemType(
            404, "certificate-unknown", "Unknown certificate", "No Letter of Completion has this verification code");
    public static final ProblemType CERTIFICATE_INVALID = new ProblemType(
            409,
            "certificate-invalid",
            "Certificate fails verification",
            "The stored facts of the certificate do not match their signature; the program is to be contacted");

    private CertificateProblems() {}
}
