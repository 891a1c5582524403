package org.mentorship.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorship.evaluation.policy.Fixtures.milestone;
import static org.mentorship.evaluation.policy.Fixtures.task;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.model.Milestone;
import org.mentorship.evaluation.model.MilestoneStatus;
import org.mentorship.evaluation.model.TaskStatus;

/** The stage 3 rules of the project plan, on their own. */
class PlanPolicyTest {

    @Test
    void aMetMilestoneAndADoneTaskNoLongerChange() {
        assertThatThrownBy(() -> PlanPolicy.requireEditable(milestone(MilestoneStatus.MET)))
                .extracting(Fixtures::slugOf)
                .isEqualTo("milestone-met");
        assertThatThrownBy(() -> PlanPolicy.requireEditable(task(null, TaskStatus.DONE)))
                .extracting(Fixtures::slugOf)
                .isEqualTo("task-done");
        assertThatCode(() -> PlanPolicy.requireEditable(task(null, TaskStatus.IN_REVIEW)))
                .doesNotThrowAnyException();
    }

    @Test
    void aMilestoneIsMetOnlyOnceEveryTaskOfItIsDone() {
        Milestone ms = milestone(MilestoneStatus.OPEN);
        assertThatThrownBy(() -> PlanPolicy.requireMeetable(
                        ms, List.of(task(ms, TaskStatus.DONE), task(ms, TaskStatus.IN_PROGRESS))))
                .hasMessageStartingWith("1 task(s)")
                .extracting(Fixtures::slugOf)
                .isEqualTo("milestone-tasks-open");
        assertThatCode(() ->
                        PlanPolicy.requireMeetable(ms, List.of(task(ms, TaskStatus.DONE), task(null, TaskStatus.TODO))))
                .doesNotThrowAnyException();
    }

    @Test
    void onlyTheMenteeAndTheMentorsMoveTasksAndOnlyAMentorAcceptsOne() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> PlanPolicy.requireMover(id, false, false, TaskStatus.IN_PROGRESS))
                .extracting(Fixtures::slugOf)
                .isEqualTo("forbidden");
        assertThatThrownBy(() -> PlanPolicy.requireMover(id, true, false, TaskStatus.DONE))
                .extracting(Fixtures::slugOf)
                .isEqualTo("forbidden");
        assertThatCode(() -> PlanPolicy.requireMover(id, false, true, TaskStatus.DONE))
                .doesNotThrowAnyException();
    }

    @Test
    void theMenteeMovesForwardOrBackFromReviewAndAMentorAcceptsOrReturnsAReviewedTask() {
        assertThat(PlanPolicy.allowed(TaskStatus.TODO, TaskStatus.IN_PROGRESS, true, false))
                .isTrue();
        assertThat(PlanPolicy.allowed(TaskStatus.IN_PROGRESS, TaskStatus.IN_REVIEW, true, false))
                .isTrue();
        assertThat(PlanPolicy.allowed(TaskStatus.IN_REVIEW, TaskStatus.IN_PROGRESS, true, false))
                .isTrue();
        assertThat(PlanPolicy.allowed(TaskStatus.IN_REVIEW, TaskStatus.IN_PROGRESS, false, true))
                .isTrue();
        assertThat(PlanPolicy.allowed(TaskStatus.IN_REVIEW, TaskStatus.DONE, false, true))
                .isTrue();

        assertThat(PlanPolicy.allowed(TaskStatus.TODO, TaskStatus.IN_REVIEW, true, false))
                .isFalse();
        assertThat(PlanPolicy.allowed(TaskStatus.IN_PROGRESS, TaskStatus.IN_REVIEW, false, true))
                .isFalse();
        assertThat(PlanPolicy.allowed(TaskStatus.TODO, TaskStatus.IN_PROGRESS, false, true))
                .isFalse();
        assertThat(PlanPolicy.allowed(TaskStatus.IN_PROGRESS, TaskStatus.DONE, false, true))
                .isFalse();
        assertThat(PlanPolicy.allowed(TaskStatus.IN_PROGRESS, TaskStatus.TODO, true, true))
                .isFalse();
        assertThatThrownBy(() ->
                        PlanPolicy.requireTransition(task(null, TaskStatus.DONE), TaskStatus.IN_PROGRESS, true, false))
                .hasMessageEndingWith("by the mentee")
                .extracting(Fixtures::slugOf)
                .isEqualTo("task-transition-not-allowed");
    }

    @Test
    void aTaskGoesToReviewWithEvidence() {
        assertThatThrownBy(() -> PlanPolicy.requireEvidence(TaskStatus.IN_REVIEW, List.of()))
                .extracting(Fixtures::slugOf)
                .isEqualTo("evidence-required");
        assertThatCode(() -> PlanPolicy.requireEvidence(TaskStatus.IN_REVIEW, List.of("https://example.org/pr/1")))
                .doesNotThrowAnyException();
        assertThatCode(() -> PlanPolicy.requireEvidence(TaskStatus.IN_PROGRESS, List.of()))
                .doesNotThrowAnyException();
    }
}
