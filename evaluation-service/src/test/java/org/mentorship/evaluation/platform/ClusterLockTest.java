package org.mentorship.evaluation.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.lock.ClusterLock;

/** A scheduled job runs on one replica at a time: the advisory lock lives in PostgreSQL, not in the JVM. */
@QuarkusTest
class ClusterLockTest {

    @Inject
    ClusterLock lock;

    @Test
    void onlyOneOfTwoConcurrentRunsOfAJobProceeds() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Boolean> first = pool.submit(() -> lock.runExclusively("close-reviews", () -> {
            runs.incrementAndGet();
            inside.countDown();
            await(release);
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        Future<Boolean> second = pool.submit(() -> lock.runExclusively("close-reviews", runs::incrementAndGet));

        assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);
        // Once the first run committed, the lock is free again; another job name was never blocked.
        assertThat(List.of(
                        lock.runExclusively("close-reviews", runs::incrementAndGet),
                        lock.runExclusively("send-reminders", runs::incrementAndGet)))
                .containsExactly(true, true);
        pool.shutdown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
