package org.mentorship.evaluation.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.lock.TransactionLocks;

/** A named lock is held by one transaction at a time, until it ends; other names are never blocked. */
@QuarkusTest
class TransactionLocksTest {

    @Inject
    TransactionLocks locks;

    @Test
    void aSecondTransactionWaitsForTheLockUntilTheFirstEnds() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> first = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            locks.hold("test:one");
            held.countDown();
            await(release);
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(QuarkusTransaction.requiringNew().call(() -> locks.tryHold("test:one")))
                .isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> locks.tryHold("test:other")))
                .isTrue();
        Future<Boolean> second =
                pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                    locks.hold("test:one");
                    return true;
                }));
        assertThat(waits(second))
                .as("the second waits while the first holds the lock")
                .isTrue();

        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> locks.tryHold("test:one")))
                .isTrue();
        pool.shutdown();
    }

    private static boolean waits(Future<Boolean> future) throws Exception {
        try {
            future.get(500, TimeUnit.MILLISECONDS);
            return false;
        } catch (TimeoutException stillWaiting) {
            return true;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
