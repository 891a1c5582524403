package org.mentorship.certificate.policy;

import java.util.ArrayList;
import java.util.List;
import org.mentorship.certificate.model.Completion;
import org.mentorship.certificate.model.ExamDefinition;
import org.mentorship.certificate.model.ExamResult;

/**
 * The rules of stage 6, in one place. A Letter of Completion is due when the record is OPEN and:
 * <ol>
 * <li>the onboarding facts are known (MenteeOnboarded arrived: name, project, term for the letter);</li>
 * <li>the mentorship is completed (MentorshipCompleted: final evaluation passed, every milestone and task done);</li>
 * <li>every required exam of the program or of the mentorship's project has a passing attempt (score at least
 * the pass mark; failed attempts before or after do not matter);</li>
 * <li>the feedback survey is answered.</li>
 * </ol>
 * The order in which these become true does not matter. A CLOSED (terminated) record never becomes due.
 */
public final class RequirementPolicy {

    public static List<Requirement> checklist(
            Completion c, List<ExamDefinition> exams, List<ExamResult> results, boolean surveyAnswered) {
        List<Requirement> list = new ArrayList<>();
        if (!c.onboarded) {
            list.add(new Requirement(
                    "onboarding",
                    "Onboarding completed",
                    true,
                    false,
                    "The onboarding of this mentorship has not reached us yet"));
        }
        list.add(new Requirement(
                "mentorship-completed",
                "Mentorship completed",
                true,
                c.mentorshipCompleted(),
                c.mentorshipCompleted()
                        ? "Final evaluation passed with every milestone and task done on " + c.mentorshipCompletedAt
                        : "Waiting for the final evaluation to pass with every milestone and task done"));
        for (ExamDefinition exam : exams) {
            if (!exam.appliesTo(c.projectId)) {
                continue;
            }
            List<ExamResult> attempts =
                    results.stream().filter(r -> r.examId.equals(exam.id)).toList();
            boolean passed = attempts.stream().anyMatch(r -> r.passed);
            int best = attempts.stream().mapToInt(r -> r.score).max().orElse(-1);
            String detail = attempts.isEmpty()
                    ? "Not taken yet (pass mark " + exam.passMark + ")"
                    : (passed ? "Passed" : "Not passed yet") + ": best score " + best + " of pass mark " + exam.passMark
                            + " after " + attempts.size() + " attempt(s)";
            list.add(new Requirement("exam:" + exam.id, "Exam: " + exam.name, exam.required, passed, detail));
        }
        list.add(new Requirement(
                "feedback-survey",
                "Feedback survey answered",
                true,
                surveyAnswered,
                surveyAnswered
                        ? "Answered"
                        : c.mentorshipCompleted()
                                ? "Open: please answer the feedback survey"
                                : "Opens once the final evaluation passed"));
        return list;
    }

    /** Every required line met. */
    public static boolean allMet(List<Requirement> checklist) {
        return checklist.stream().filter(Requirement::required).allMatch(Requirement::met);
    }

    /** The labels of the required lines still missing, for the mentee. */
    public static List<String> missing(List<Requirement> checklist) {
        return checklist.stream()
                .filter(r -> r.required() && !r.met())
                .map(Requirement::label)
                .toList();
    }

    private RequirementPolicy() {}
}
