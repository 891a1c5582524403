package org.mentorship.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorship.evaluation.policy.Fixtures.evaluation;
import static org.mentorship.evaluation.policy.Fixtures.milestone;
import static org.mentorship.evaluation.policy.Fixtures.task;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.model.EvaluationStatus;
import org.mentorship.evaluation.model.Milestone;
import org.mentorship.evaluation.model.MilestoneStatus;
import org.mentorship.evaluation.model.Outcome;
import org.mentorship.evaluation.model.TaskStatus;

/** A mentorship is complete when its final evaluation passed and its whole plan is done. */
class CompletionPolicyTest {

    private final Milestone met = milestone(MilestoneStatus.MET);

    @Test
    void aPassedFinalEvaluationWithThePlanDoneCompletes() {
        assertThat(CompletionPolicy.isComplete(
                        evaluation(3, 3, EvaluationStatus.SUBMITTED, Outcome.PASS),
                        List.of(met),
                        List.of(task(met, TaskStatus.DONE), task(null, TaskStatus.DONE))))
                .isTrue();
    }

    @Test
    void aFinalEvaluationNotPassedDoesNotComplete() {
        assertThat(CompletionPolicy.isComplete(
                        evaluation(3, 3, EvaluationStatus.REOPENED, Outcome.PASS), List.of(), List.of()))
                .isFalse();
        assertThat(CompletionPolicy.isComplete(null, List.of(), List.of())).isFalse();
    }

    @Test
    void anOpenMilestoneOrTaskDoesNotComplete() {
        var passed = evaluation(3, 3, EvaluationStatus.SUBMITTED, Outcome.PASS);
        assertThat(CompletionPolicy.isComplete(passed, List.of(milestone(MilestoneStatus.OPEN)), List.of()))
                .isFalse();
        assertThat(CompletionPolicy.isComplete(passed, List.of(), List.of(task(null, TaskStatus.IN_REVIEW))))
                .isFalse();
    }
}
