package org.mentorship.certificate.policy;

import static org.mentorship.certificate.problem.CertificateProblems.COMPLETION_CLOSED;
import static org.mentorship.certificate.problem.CertificateProblems.EXAM_NOT_APPLICABLE;
import static org.mentorship.certificate.problem.CertificateProblems.ONBOARDING_PENDING;
import static org.mentorship.certificate.problem.CertificateProblems.SURVEY_ALREADY_ANSWERED;
import static org.mentorship.certificate.problem.CertificateProblems.SURVEY_NOT_OPEN;

import java.util.List;
import org.mentorship.certificate.model.Completion;
import org.mentorship.certificate.model.CompletionStatus;
import org.mentorship.certificate.model.ExamDefinition;

/**
 * What a completion record takes, and when it issues the Letter of Completion (stage 6); what is required is
 * {@link RequirementPolicy}, who records an exam attempt and when it was taken {@link ExamAttemptPolicy}.
 * <ol>
 * <li>a record CLOSED by the mentorship's termination takes no exam results and no survey answer;</li>
 * <li>an exam result is recorded once the onboarding arrived, and only for an exam of the mentorship's project (or
 * a program-wide one);</li>
 * <li>the feedback survey opens once the mentorship is completed (its final evaluation passed) and is answered
 * once;</li>
 * <li>an OPEN record with every required line met issues the certificate (CERTIFIED); what is missing is shown only
 * while the record is OPEN;</li>
 * <li>a termination after the certificate was issued leaves it in force: revoking it is a coordinator's decision.</li>
 * </ol>
 */
public final class CompletionPolicy {

    public static void requireNotClosed(Completion c, String consequence) {
        if (c.status == CompletionStatus.CLOSED) {
            throw COMPLETION_CLOSED.with("Mentorship " + c.mentorshipId + " ended without completion" + consequence);
        }
    }

    /** In this order: the record closed, the onboarding not arrived, the exam not one of the project. */
    public static void requireExamRecordable(Completion c, ExamDefinition exam) {
        requireNotClosed(c, "; no exam results are recorded for it");
        if (!c.onboarded) {
            throw ONBOARDING_PENDING.with("The onboarding of mentorship " + c.mentorshipId
                    + " has not reached this service yet; retry later");
        }
        if (!exam.appliesTo(c.projectId)) {
            throw EXAM_NOT_APPLICABLE.with(
                    "Exam '" + exam.name + "' is not an exam of the project of mentorship " + c.mentorshipId);
        }
    }

    public static boolean surveyOpen(Completion c) {
        return c.mentorshipCompleted();
    }

    /** In this order: the record closed, the survey not open yet, already answered. */
    public static void requireSurveyAnswerable(Completion c, boolean alreadyAnswered) {
        requireNotClosed(c, "");
        if (!surveyOpen(c)) {
            throw SURVEY_NOT_OPEN.with(
                    "The feedback survey opens once the final evaluation of mentorship " + c.mentorshipId + " passed");
        }
        if (alreadyAnswered) {
            throw SURVEY_ALREADY_ANSWERED.with(
                    "The feedback survey of mentorship " + c.mentorshipId + " was already answered");
        }
    }

    public static boolean certificateDue(Completion c, List<Requirement> checklist) {
        return c.status == CompletionStatus.OPEN && RequirementPolicy.allMet(checklist);
    }

    public static List<String> missing(Completion c, List<Requirement> checklist) {
        return c.status == CompletionStatus.OPEN ? RequirementPolicy.missing(checklist) : List.of();
    }

    /** A termination closes only an OPEN record; a CERTIFIED one keeps its certificate. */
    public static boolean closesOnTermination(Completion c) {
        return c.status == CompletionStatus.OPEN;
    }

    private CompletionPolicy() {}
}
