package org.mentorship.stipend.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.Concurrently;

/** Finance clicking "approve" on one payment from several places at the same moment: one approval, one ledger entry. */
@QuarkusTest
class ConcurrentApprovalTest {

    private static final int THREADS = 8;
    private final StipendFixture fixture = new StipendFixture();

    @Test
    void simultaneousApprovalsApproveOnce() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        String id = fixture.paymentId(m.id(), 1);

        List<Callable<Integer>> approvals = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            approvals.add(() -> PaymentFlowTest.approve(id).statusCode());
        }
        List<Integer> statuses = Concurrently.run(Duration.ofSeconds(90), approvals);

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(THREADS - 1);
        assertThat(fixture.ledger(m.id())).extracting(e -> e.get("to")).containsExactly("SCHEDULED", "APPROVED");
        assertThat(fixture.payments(m.id()).getList("$")).hasSize(1);
    }
}
