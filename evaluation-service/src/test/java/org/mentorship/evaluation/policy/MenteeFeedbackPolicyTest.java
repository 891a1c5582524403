package org.mentorship.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorship.evaluation.policy.Fixtures.DUE;
import static org.mentorship.evaluation.policy.Fixtures.evaluation;

import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationStatus;

/** The rules of the mentee's evaluation of the mentorship, one test each, in MenteeFeedbackPolicy's order. */
class MenteeFeedbackPolicyTest {

    @Test
    void oncePerEvaluation() {
        Evaluation e = evaluation(1, 3, EvaluationStatus.SCHEDULED, null);
        assertThatCode(() -> MenteeFeedbackPolicy.requireGivable(e, DUE)).doesNotThrowAnyException();
        e.menteeFeedback(4, 20, null, DUE);
        assertThatThrownBy(() -> MenteeFeedbackPolicy.requireGivable(e, DUE))
                .extracting(Fixtures::slugOf)
                .isEqualTo("mentee-feedback-given");
    }

    @Test
    void fromTheEvaluationsWindowOnNotBefore() {
        Evaluation e = evaluation(1, 3, EvaluationStatus.SCHEDULED, null);
        assertThatThrownBy(() -> MenteeFeedbackPolicy.requireGivable(e, e.windowOpensAt.minusSeconds(1)))
                .extracting(Fixtures::slugOf)
                .isEqualTo("evaluation-window-not-open");
        assertThatCode(() -> MenteeFeedbackPolicy.requireGivable(e, e.windowOpensAt))
                .doesNotThrowAnyException();
        assertThatCode(() -> MenteeFeedbackPolicy.requireGivable(e, DUE.plusSeconds(86_400 * 20)))
                .doesNotThrowAnyException();
    }

    @Test
    void readByCoordinatorsAndTheMenteeNeverByAMentorOfTheMentorship() {
        assertThat(MenteeFeedbackPolicy.visible(true, false, false)).isTrue();
        assertThat(MenteeFeedbackPolicy.visible(false, true, false)).isTrue();
        assertThat(MenteeFeedbackPolicy.visible(false, false, true)).isFalse();
        assertThat(MenteeFeedbackPolicy.visible(false, true, true)).isFalse(); // a coordinator who mentors it
        assertThat(MenteeFeedbackPolicy.visible(false, false, false)).isFalse();
    }
}
