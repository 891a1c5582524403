package org.mentorship.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Waits for one component with the three ways out a start can take: the condition holds; the process died (no
 * point waiting for the timeout); time is up or another component failed (the start is being rolled back).
 * Every way out but success is a {@link LaunchException} naming the component and its log.
 */
final class Readiness {

    /** A condition that may throw while the component is not up yet: that simply means "not yet". */
    @FunctionalInterface
    interface Condition {
        boolean holds() throws Exception;
    }

    private static final Duration POLL = Duration.ofMillis(200);

    private final String component;
    private final Path logFile;
    private final Instant deadline;
    private final Duration timeout;
    private final BooleanSupplier aborted;
    private volatile Process process;

    Readiness(String component, Path logFile, Duration timeout, BooleanSupplier aborted) {
        this.component = component;
        this.logFile = logFile;
        this.timeout = timeout;
        this.deadline = Instant.now().plus(timeout);
        this.aborted = aborted;
    }

    /** From now on, a death of this process ends the wait at once. */
    void watch(Process process) {
        this.process = process;
    }

    void await(String what, Condition condition) {
        Exception lastError = null;
        while (true) {
            if (aborted.getAsBoolean()) {
                throw fail("start cancelled while waiting for " + what, null);
            }
            Process watched = process;
            if (watched != null && !watched.isAlive()) {
                throw fail("the process exited with code " + watched.exitValue() + " while waiting for " + what, null);
            }
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw fail("interrupted while waiting for " + what, e);
            } catch (Exception e) {
                lastError = e;
            }
            if (Instant.now().isAfter(deadline)) {
                String last = lastError == null ? "" : " (last error: " + lastError.getMessage() + ")";
                throw fail("not ready after " + timeout.toSeconds() + " s: " + what + last, lastError);
            }
            sleep(what);
        }
    }

    /** Time left before the deadline, for one-off steps (initdb, formatting) that take their own timeout. */
    Duration remaining() {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    boolean aborted() {
        return aborted.getAsBoolean();
    }

    LaunchException fail(String message, Throwable cause) {
        return new LaunchException(component, message, logFile, cause);
    }

    private void sleep(String what) {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail("interrupted while waiting for " + what, e);
        }
    }
}
