package org.mentorship.certificate.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.model.Completion;
import org.mentorship.certificate.model.CompletionStatus;
import org.mentorship.certificate.model.ExamDefinition;
import org.mentorship.certificate.model.ExamResult;

/** The stage 6 rules on their own: every requirement, in every combination that matters. */
class RequirementPolicyTest {

    private final UUID project = UUID.randomUUID();
    private final ExamDefinition required = exam(project, 70, true);
    private final ExamDefinition optional = exam(project, 50, false);
    private final ExamDefinition programWide = exam(null, 60, true);
    private final ExamDefinition otherProject = exam(UUID.randomUUID(), 60, true);

    @Test
    void everythingMetIsDue() {
        Completion c = completion(true, true);
        List<Requirement> list = RequirementPolicy.checklist(
                c,
                List.of(required, programWide),
                List.of(result(required, 70, true), result(programWide, 99, true)),
                true);
        assertThat(RequirementPolicy.allMet(list)).isTrue();
        assertThat(RequirementPolicy.missing(list)).isEmpty();
    }

    @Test
    void aMissingSurveyBlocks() {
        List<Requirement> list = RequirementPolicy.checklist(completion(true, true), List.of(), List.of(), false);
        assertThat(RequirementPolicy.allMet(list)).isFalse();
        assertThat(RequirementPolicy.missing(list)).containsExactly("Feedback survey answered");
    }

    @Test
    void anUncompletedMentorshipBlocks() {
        List<Requirement> list = RequirementPolicy.checklist(completion(true, false), List.of(), List.of(), true);
        assertThat(RequirementPolicy.missing(list)).containsExactly("Mentorship completed");
    }

    @Test
    void aRequiredExamBlocksUntilOneAttemptPasses() {
        Completion c = completion(true, true);
        List<Requirement> failedOnly =
                RequirementPolicy.checklist(c, List.of(required), List.of(result(required, 69, false)), true);
        assertThat(RequirementPolicy.missing(failedOnly)).containsExactly("Exam: " + required.name);
        assertThat(failedOnly)
                .filteredOn(r -> r.key().startsWith("exam:"))
                .first()
                .extracting(Requirement::detail)
                .asString()
                .contains("best score 69", "pass mark 70", "1 attempt");

        List<Requirement> passedLater = RequirementPolicy.checklist(
                c,
                List.of(required),
                List.of(result(required, 40, false), result(required, 75, true), result(required, 10, false)),
                true);
        assertThat(RequirementPolicy.allMet(passedLater)).isTrue();
    }

    @Test
    void anOptionalExamIsShownButDoesNotBlock() {
        List<Requirement> list =
                RequirementPolicy.checklist(completion(true, true), List.of(optional), List.of(), true);
        assertThat(list).extracting(Requirement::key).contains("exam:" + optional.id);
        assertThat(RequirementPolicy.allMet(list)).isTrue();
    }

    @Test
    void aProgramWideExamAppliesToEveryProjectAndAnotherProjectsExamToNone() {
        List<Requirement> list = RequirementPolicy.checklist(
                completion(true, true), List.of(programWide, otherProject), List.of(), true);
        assertThat(list)
                .extracting(Requirement::key)
                .contains("exam:" + programWide.id)
                .doesNotContain("exam:" + otherProject.id);
        assertThat(RequirementPolicy.missing(list)).containsExactly("Exam: " + programWide.name);
    }

    @Test
    void withoutTheOnboardingFactsNothingIsDue() {
        List<Requirement> list = RequirementPolicy.checklist(completion(false, true), List.of(), List.of(), true);
        assertThat(RequirementPolicy.missing(list)).containsExactly("Onboarding completed");
    }

    private Completion completion(boolean onboarded, boolean completed) {
        Completion c = new Completion();
        c.id = UUID.randomUUID();
        c.mentorshipId = UUID.randomUUID();
        c.menteeId = "ana";
        c.status = CompletionStatus.OPEN;
        c.onboarded = onboarded;
        c.projectId = onboarded ? project : null;
        c.mentorshipCompletedAt = completed ? Instant.parse("2026-05-29T10:00:00Z") : null;
        return c;
    }

    private static ExamDefinition exam(UUID project, int passMark, boolean required) {
        ExamDefinition e = new ExamDefinition();
        e.id = UUID.randomUUID();
        e.name = "Exam " + e.id.toString().substring(0, 4);
        e.projectId = project;
        e.passMark = passMark;
        e.required = required;
        return e;
    }

    private static ExamResult result(ExamDefinition exam, int score, boolean passed) {
        ExamResult r = new ExamResult();
        r.id = UUID.randomUUID();
        r.examId = exam.id;
        r.score = score;
        r.passed = passed;
        return r;
    }
}
