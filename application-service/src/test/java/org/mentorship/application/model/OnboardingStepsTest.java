package org.mentorship.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorship.application.model.PrerequisiteProgressTest.assertProblem;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** HR steps and result calls are done once; the contract signature is a snapshot. */
class OnboardingStepsTest {

    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");

    @Test
    void anHrStepIsCheckedOffOnce() {
        HrStep step = HrStep.toDo(UUID.randomUUID(), "tax-form", 2);
        assertThat(step.isDone()).isFalse();
        step.checkOff("cora", NOW);
        assertThat(step.isDone()).isTrue();
        assertThat(step.doneBy).isEqualTo("cora");
        assertProblem(() -> step.checkOff("carl", NOW), "hr-step-done");
    }

    @Test
    void aResultCallIsClosedOnce() {
        CallTask task = CallTask.open(UUID.randomUUID(), "bob", "+1 555 0100", "You were accepted", NOW);
        assertThat(task.status).isEqualTo(CallTask.Status.OPEN);
        task.close("cora", NOW, "reached him");
        assertThat(task.status).isEqualTo(CallTask.Status.DONE);
        assertThat(task.note).isEqualTo("reached him");
        assertProblem(() -> task.close("cora", NOW, "again"), "call-task-closed");
    }

    @Test
    void theSignatureKeepsTheContractAsSigned() {
        ContractSignature s =
                ContractSignature.snapshot(UUID.randomUUID(), "2026.1", "I agree", " Ana Example ", NOW, " ", "DE");
        assertThat(s.legalName).isEqualTo("Ana Example");
        assertThat(s.contractVersion).isEqualTo("2026.1");
        assertThat(s.contractText).isEqualTo("I agree");
        assertThat(s.clientAddress).isEqualTo("unknown");
        assertThat(s.signedAt).isEqualTo(NOW);
    }
}
