package org.mentorship.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One start of a set of components, all or nothing. Stage by stage (PostgreSQL and Kafka, then the services, then
 * the gateway), the components of a stage start side by side, at most {@code parallelism} at a time (two cores:
 * two JVMs booting at once is what pays). The first failure cancels the others' waits, and everything this run
 * started is stopped again, last started first, before the failure is thrown. {@link #abort()} does the same from
 * a shutdown hook, for a Ctrl-C in the middle of {@code up}.
 */
final class StartSequence {

    private final Layout layout;
    private final List<Component> components;
    private final ProcessStarter starter;
    private final ProcessStopper stopper;
    private final LaunchListener listener;
    private final int parallelism;
    private final Duration timeout;

    private final Object startLock = new Object();
    private final Object rollbackLock = new Object();
    /** Guarded by startLock: a process is either registered here or not started at all. */
    private final List<Component> started = new ArrayList<>();

    private final AtomicReference<LaunchException> firstFailure = new AtomicReference<>();
    private volatile boolean aborted;
    private final AtomicBoolean failureReported = new AtomicBoolean();

    StartSequence(
            Layout layout,
            List<Component> components,
            ProcessStarter starter,
            ProcessStopper stopper,
            LaunchListener listener,
            int parallelism,
            Duration timeout) {
        this.layout = layout;
        this.components = List.copyOf(components);
        this.starter = starter;
        this.stopper = stopper;
        this.listener = listener;
        this.parallelism = Math.max(1, parallelism);
        this.timeout = timeout;
    }

    void run() {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, task -> {
            Thread thread = new Thread(task, "mentorship-start-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (List<Component> stage : stages().values()) {
                List<Future<?>> futures = new ArrayList<>();
                for (Component component : stage) {
                    futures.add(pool.submit(() -> startOne(component)));
                }
                for (Future<?> future : futures) {
                    awaitQuietly(future);
                }
                LaunchException failure = firstFailure.get();
                if (failure != null || aborted) {
                    throw failure != null ? failure : new LaunchException("start cancelled");
                }
            }
        } catch (RuntimeException e) {
            aborted = true;
            report(e instanceof LaunchException launch ? launch : new LaunchException(null, e.toString(), null, e));
            rollback();
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Cancels a start in progress and stops what it started; safe to call from a shutdown hook, or twice. */
    void abort() {
        report(new LaunchException("start interrupted: the launcher is exiting"));
        aborted = true;
        rollback();
    }

    /** Tells the listener once: an interrupted start would otherwise also report its own "start cancelled". */
    private void report(LaunchException failure) {
        if (failureReported.compareAndSet(false, true)) {
            listener.failed(failure);
        }
    }

    private void startOne(Component component) {
        if (aborted) {
            return;
        }
        String name = component.name();
        Path log = layout.logFile(name);
        Readiness readiness = new Readiness(name, log, timeout, () -> aborted);
        Instant begin = Instant.now();
        try {
            listener.starting(name);
            LogFiles.startRun(log, name, begin);
            component.prepare(readiness);
            Process process;
            synchronized (startLock) {
                if (aborted) {
                    throw readiness.fail("start cancelled", null);
                }
                process = starter.start(component.process(), log, layout.pidFile(name));
                started.add(component);
                LogFiles.notePid(log, name, process.pid());
            }
            readiness.watch(process);
            component.awaitReady(readiness);
            component.afterReady();
            listener.ready(name, process.pid(), component.port(), Duration.between(begin, Instant.now()));
        } catch (LaunchException e) {
            fail(e);
        } catch (Exception e) {
            fail(readiness.fail(describe(e), e));
        }
    }

    /** Records the first real failure (later ones are mostly "cancelled" echoes of it) and cancels the rest. */
    private void fail(LaunchException e) {
        if (!aborted) {
            firstFailure.compareAndSet(null, e);
        }
        aborted = true;
        throw e;
    }

    private void rollback() {
        synchronized (rollbackLock) {
            List<Component> toStop;
            synchronized (startLock) {
                aborted = true;
                toStop = new ArrayList<>(started);
                started.clear();
            }
            toStop.sort(Comparator.comparingInt((Component c) -> components.indexOf(c))
                    .reversed());
            for (Component component : toStop) {
                Path pidFile = layout.pidFile(component.name());
                OptionalLong pid = PidFile.read(pidFile);
                StopOutcome outcome =
                        stopper.stop(pidFile, component.identity(), component.stopSignal(), component.stopTimeout());
                listener.stopped(new StopReport(component.name(), pid, outcome));
            }
        }
    }

    private Map<Integer, List<Component>> stages() {
        Map<Integer, List<Component>> stages = new TreeMap<>();
        for (Component component : components) {
            stages.computeIfAbsent(component.stage(), stage -> new ArrayList<>())
                    .add(component);
        }
        return stages;
    }

    private static void awaitQuietly(Future<?> future) {
        try {
            future.get();
        } catch (ExecutionException e) {
            // Recorded in firstFailure by the task itself.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("start interrupted");
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return "failed to start: " + message;
    }
}
