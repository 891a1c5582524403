package org.mentorship.stipend.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

import io.quarkus.test.junit.QuarkusTest;

/** Finance clicking "approve" on one payment from several places at the same moment: one approval, one ledger entry. */
@QuarkusTest
class ConcurrentApprovalTest {

    private static final int THREADS = 8;
    private final StipendFixture fixture = new StipendFixture();

    @Test
    void simultaneousApprovalsApproveOnce() throws Exception {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        String id = fixture.paymentId(m.id(), 1);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return PaymentFlowTest.approve(id).statusCode();
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(THREADS - 1);
        assertThat(fixture.ledger(m.id())).extracting(e -> e.get("to")).containsExactly("SCHEDULED", "APPROVED");
        assertThat(fixture.payments(m.id()).getList("$")).hasSize(1);
    }
}
