package org.mentorship.certificate.policy;

import static org.mentorship.certificate.problem.CertificateProblems.PARTNER_NOT_REGISTERED;
import static org.mentorship.certificate.problem.CertificateProblems.TAKEN_BEFORE_MENTORSHIP;
import static org.mentorship.certificate.problem.CertificateProblems.TAKEN_IN_FUTURE;

import java.time.Instant;

/**
 * Who may record an attempt at an exam, and when it may have been taken (stage 6, exams):
 * <ol>
 * <li>a coordinator records any attempt; a partner system only for the exams a coordinator registered it for;</li>
 * <li>an attempt was taken during the mentorship: not before it started (onboarding), not after now.</li>
 * </ol>
 * That the exam is one of the mentorship's project is the exam's own rule ({@code ExamDefinition.appliesTo}).
 */
public final class ExamAttemptPolicy {

    public static void requireRecorder(boolean coordinator, boolean registeredPartner, String recorder, String exam) {
        if (!coordinator && !registeredPartner) {
            throw PARTNER_NOT_REGISTERED.with("'" + recorder + "' is not registered to record attempts of exam '" + exam
                    + "'; a coordinator registers partners per exam");
        }
    }

    /** The time the attempt is recorded with: {@code takenAt}, or now when left out. */
    public static Instant takenDuringMentorship(Instant takenAt, Instant mentorshipStarted, Instant now) {
        if (takenAt == null) {
            return now;
        }
        if (takenAt.isAfter(now)) {
            throw TAKEN_IN_FUTURE.with("takenAt " + takenAt + " is after now (" + now + ")");
        }
        if (mentorshipStarted != null && takenAt.isBefore(mentorshipStarted)) {
            throw TAKEN_BEFORE_MENTORSHIP.with(
                    "takenAt " + takenAt + " is before the mentorship started (" + mentorshipStarted + ")");
        }
        return takenAt;
    }

    private ExamAttemptPolicy() {}
}
