package org.mentorship.stipend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.stipend.problem.StipendProblems;

/** One test per rule of {@link BulkApprovalPolicy}: what a batch of approvals is. */
class BulkApprovalPolicyTest {

    @Test
    void aBatchNamesAtLeastOnePayment() {
        refused(null, "at least one");
        refused(List.of(), "at least one");
        assertThat(BulkApprovalPolicy.requireBatch(List.of(UUID.randomUUID()))).hasSize(1);
    }

    @Test
    void aBatchNamesAtMost500Payments() {
        List<UUID> most =
                IntStream.range(0, 500).mapToObj(i -> UUID.randomUUID()).toList();
        assertThat(BulkApprovalPolicy.requireBatch(most)).containsExactlyElementsOf(most);

        List<UUID> tooMany = new ArrayList<>(most);
        tooMany.add(UUID.randomUUID());
        refused(tooMany, "at most 500");
    }

    @Test
    void aBatchNamesEachPaymentOnce() {
        UUID twice = UUID.randomUUID();
        refused(List.of(twice, UUID.randomUUID(), twice), "more than once: " + twice);
    }

    @Test
    void aBatchHasNoEmptyEntry() {
        refused(Arrays.asList(UUID.randomUUID(), null), "null");
    }

    @Test
    void aBatchKeepsTheOrderItNamedThePaymentsIn() {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        assertThat(BulkApprovalPolicy.requireBatch(ids)).containsExactlyElementsOf(ids);
    }

    private static void refused(List<UUID> ids, String detail) {
        assertThatThrownBy(() -> BulkApprovalPolicy.requireBatch(ids))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(StipendProblems.APPROVAL_BATCH_INVALID))
                .hasMessageContaining(detail);
    }
}
