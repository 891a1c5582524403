package org.mentorship.certificate.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.model.Completion;
import org.mentorship.certificate.model.CompletionStatus;
import org.mentorship.certificate.model.ExamDefinition;
import org.mentorship.platform.problem.ProblemException;

/** What a completion record takes and when it issues the certificate, on their own. */
class CompletionPolicyTest {

    private final UUID project = UUID.randomUUID();

    @Test
    void aClosedRecordTakesNoExamResultsAndNoSurveyAnswer() {
        Completion closed = completion(CompletionStatus.CLOSED, true, true);
        assertThatThrownBy(() -> CompletionPolicy.requireExamRecordable(closed, exam(project)))
                .hasMessageEndingWith("ended without completion; no exam results are recorded for it")
                .extracting(CompletionPolicyTest::slug)
                .isEqualTo("completion-closed");
        assertThatThrownBy(() -> CompletionPolicy.requireSurveyAnswerable(closed, false))
                .hasMessageEndingWith("ended without completion")
                .extracting(CompletionPolicyTest::slug)
                .isEqualTo("completion-closed");
    }

    @Test
    void anExamResultWaitsForTheOnboarding() {
        assertThatThrownBy(() -> CompletionPolicy.requireExamRecordable(
                        completion(CompletionStatus.OPEN, false, false), exam(project)))
                .extracting(CompletionPolicyTest::slug)
                .isEqualTo("onboarding-pending");
    }

    @Test
    void anExamResultIsForAnExamOfTheProjectOrAProgramWideOne() {
        Completion c = completion(CompletionStatus.OPEN, true, false);
        assertThatThrownBy(() -> CompletionPolicy.requireExamRecordable(c, exam(UUID.randomUUID())))
                .extracting(CompletionPolicyTest::slug)
                .isEqualTo("exam-not-applicable");
        assertThatCode(() -> CompletionPolicy.requireExamRecordable(c, exam(project)))
                .doesNotThrowAnyException();
        assertThatCode(() -> CompletionPolicy.requireExamRecordable(c, exam(null)))
                .doesNotThrowAnyException();
    }

    @Test
    void theSurveyOpensOnceTheMentorshipIsCompletedAndIsAnsweredOnce() {
        assertThatThrownBy(() ->
                        CompletionPolicy.requireSurveyAnswerable(completion(CompletionStatus.OPEN, true, false), false))
                .extracting(CompletionPolicyTest::slug)
                .isEqualTo("survey-not-open");
        Completion completed = completion(CompletionStatus.OPEN, true, true);
        assertThatThrownBy(() -> CompletionPolicy.requireSurveyAnswerable(completed, true))
                .extracting(CompletionPolicyTest::slug)
                .isEqualTo("survey-already-answered");
        assertThatCode(() -> CompletionPolicy.requireSurveyAnswerable(completed, false))
                .doesNotThrowAnyException();
    }

    @Test
    void anOpenRecordWithEveryRequirementMetIssuesTheCertificate() {
        Completion open = completion(CompletionStatus.OPEN, true, true);
        List<Requirement> met = RequirementPolicy.checklist(open, List.of(), List.of(), true);
        List<Requirement> unmet = RequirementPolicy.checklist(open, List.of(), List.of(), false);
        assertThat(CompletionPolicy.certificateDue(open, met)).isTrue();
        assertThat(CompletionPolicy.certificateDue(open, unmet)).isFalse();
        assertThat(CompletionPolicy.certificateDue(completion(CompletionStatus.CERTIFIED, true, true), met))
                .isFalse();
    }

    @Test
    void whatIsMissingIsShownOnlyWhileTheRecordIsOpen() {
        Completion open = completion(CompletionStatus.OPEN, true, true);
        List<Requirement> unmet = RequirementPolicy.checklist(open, List.of(), List.of(), false);
        assertThat(CompletionPolicy.missing(open, unmet)).containsExactly("Feedback survey answered");
        assertThat(CompletionPolicy.missing(completion(CompletionStatus.CLOSED, true, true), unmet))
                .isEmpty();
    }

    @Test
    void aTerminationClosesAnOpenRecordAndLeavesACertifiedOne() {
        assertThat(CompletionPolicy.closesOnTermination(completion(CompletionStatus.OPEN, true, false)))
                .isTrue();
        assertThat(CompletionPolicy.closesOnTermination(completion(CompletionStatus.CERTIFIED, true, true)))
                .isFalse();
        assertThat(CompletionPolicy.closesOnTermination(completion(CompletionStatus.CLOSED, true, false)))
                .isFalse();
    }

    @Test
    void theRecordGuardsItsOwnTransitions() {
        Completion open = completion(CompletionStatus.OPEN, true, false);
        Instant at = Instant.parse("2026-04-01T10:00:00Z");
        assertThat(open.close("Evaluation 2 of 3 failed", at)).isEqualTo(CompletionStatus.OPEN);
        assertThat(open.status).isEqualTo(CompletionStatus.CLOSED);
        assertThat(open.closedAt).isEqualTo(at);
        assertThat(open.closeReason).isEqualTo("Evaluation 2 of 3 failed");
        assertThatThrownBy(open::certify).isInstanceOf(IllegalStateException.class);
    }

    private static String slug(Throwable e) {
        return ((ProblemException) e).slug();
    }

    private Completion completion(CompletionStatus status, boolean onboarded, boolean completed) {
        Completion c = new Completion();
        c.id = UUID.randomUUID();
        c.mentorshipId = UUID.randomUUID();
        c.status = status;
        c.onboarded = onboarded;
        c.projectId = onboarded ? project : null;
        c.mentorshipCompletedAt = completed ? Instant.parse("2026-05-29T10:00:00Z") : null;
        return c;
    }

    private static ExamDefinition exam(UUID project) {
        ExamDefinition e = new ExamDefinition();
        e.id = UUID.randomUUID();
        e.name = "Exam " + e.id.toString().substring(0, 4);
        e.projectId = project;
        e.passMark = 60;
        e.required = true;
        return e;
    }
}
