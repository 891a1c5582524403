package org.mentorship.testsupport;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs tasks at the same instant, each on its own thread, as racing replicas or clients would, and returns their
 * results in order. A task still running at the deadline fails the test with a dump of every thread, so a hang seen
 * once on a CI machine says where it was stuck.
 */
public final class Concurrently {

    public static <T> List<T> run(Duration deadline, List<Callable<T>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            if (!ready.await(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                throw hung("the threads did not start");
            }
            go.countDown();
            long end = System.nanoTime() + deadline.toNanos();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return results;
        } catch (TimeoutException e) {
            throw hung("a task was still running after " + deadline);
        } catch (ExecutionException e) {
            throw new AssertionError("a concurrent task failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static AssertionError hung(String what) {
        StringBuilder dump = new StringBuilder(what).append("; threads:\n");
        for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            dump.append(thread.getThreadName())
                    .append(' ')
                    .append(thread.getThreadState())
                    .append('\n');
            for (StackTraceElement frame : thread.getStackTrace()) {
                dump.append("    at ").append(frame).append('\n');
            }
        }
        System.err.println(dump);
        return new AssertionError(what + " (thread dump on standard error)");
    }

    private Concurrently() {}
}
