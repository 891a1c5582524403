package org.mentorship.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;

class BatchPolicyTest {

    @Test
    void aBatchNamesOneTo200ApplicationsEachOnce() {
        List<UUID> full = IntStream.range(0, BatchPolicy.MAX)
                .mapToObj(i -> UUID.randomUUID())
                .toList();
        assertThat(BatchPolicy.requireBatch(full)).isEqualTo(full);

        List<UUID> tooMany = new ArrayList<>(full);
        tooMany.add(UUID.randomUUID());
        refused(tooMany, "at most 200");
        refused(List.of(), "at least one");
        refused(null, "at least one");
        refused(Arrays.asList(UUID.randomUUID(), null), "names no application");
        UUID twice = UUID.randomUUID();
        refused(List.of(twice, UUID.randomUUID(), twice), "more than once: " + twice);
    }

    private static void refused(List<UUID> batch, String detail) {
        assertThatThrownBy(() -> BatchPolicy.requireBatch(batch))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining(detail)
                .satisfies(e -> assertThat(((ProblemException) e).slug()).isEqualTo("batch-invalid"));
    }
}
