package org.mentorship.stipend.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstallmentPolicyTest {

    @Test
    void secondEvaluationPaysTheFirstInstallment() {
        assertThat(InstallmentPolicy.installmentFor(2, false)).hasValue(1);
    }

    @Test
    void finalEvaluationPaysTheSecondInstallment() {
        assertThat(InstallmentPolicy.installmentFor(3, true)).hasValue(2);
        assertThat(InstallmentPolicy.installmentFor(4, true)).hasValue(2);
    }

    @Test
    void otherEvaluationsPayNothing() {
        assertThat(InstallmentPolicy.installmentFor(1, false)).isEmpty();
        assertThat(InstallmentPolicy.installmentFor(3, false)).isEmpty();
    }
}
