package org.mentorship.system.flow;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorship.launcher.ComponentStatus;

/**
 * The one system the ITs share that can (SwaggerUiIT, EndpointSecurityIT, FirstFlowIT, TypeScriptSdkStoryIT,
 * ProgramStoryIT): started by the first {@link #acquire()} in the failsafe JVM, stopped once when the JUnit launcher
 * session ends ({@link SharedSystemSession}), or earlier by {@link #release()} before a test that starts a system of
 * its own (FaultToleranceIT, which kills and stops its parts). A whole start costs 40-60 s on two cores.
 *
 * <p>Sharing holds because each of these tests makes its own data (random mentorship ids, per-run suffixed users,
 * terms and projects) and asserts only on that, never on totals; and the class order (junit-platform.properties,
 * {@code @Order} on each IT) runs the ones that move the program clock (the two stories) after those that date their
 * mentorships by the real clock (FirstFlowIT). Its settings are the union of what the sharing tests need.
 */
public final class SharedSystem {

    private static final Duration HEALTHY_WITHIN = Duration.ofSeconds(120);

    private static RunningSystem running;
    private static OtlpReceiver traces;
    /** A start that failed is not tried again by every later class (each try waits up to 180 s). */
    private static Exception startFailure;

    private static Thread stopOnExit;
    private static int starts;

    private SharedSystem() {}

    /** The shared system, started now if no class started it yet, and healthy: an earlier class may have stopped Kafka. */
    public static synchronized RunningSystem acquire() throws Exception {
        if (startFailure != null) {
            throw new IllegalStateException("the shared system failed to start for an earlier class", startFailure);
        }
        if (running == null) {
            start();
        }
        awaitHealthy();
        return running;
    }

    /** Where every component of the shared system exports its traces (FirstFlowIT looks for one trace there). */
    public static synchronized OtlpReceiver traces() throws Exception {
        acquire();
        return traces;
    }

    /** Stops the shared system now, if it runs: before a test starts a whole system of its own on the same two cores. */
    public static synchronized void release() {
        if (running == null) {
            return;
        }
        try {
            running.close();
            System.out.println("[shared-system] stopped");
        } finally {
            running = null;
            traces.close();
            traces = null;
            if (stopOnExit != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopOnExit);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs already
                }
                stopOnExit = null;
            }
        }
    }

    private static void start() throws Exception {
        if (++starts > 1) {
            // Correct, only slower: a class that shares ran after one that released the system (see the class order).
            System.out.println("[shared-system] started again (start " + starts + "): check the ITs' @Order");
        }
        traces = new OtlpReceiver();
        Map<String, String> environment = new HashMap<>(traces.environment());
        // EndpointSecurityIT sends hundreds of bad tokens from one address on purpose: the gateway's limit on failed
        // authentication per address (20 a minute) would answer 429 before the token checks that test is about.
        // No other IT sends more than a few bad tokens, and none asserts that limit (the gateway's own tests do).
        environment.put("MENTORSHIP_GATEWAY_RATE_LIMIT_FAILED_AUTHENTICATION_CAPACITY", "100000");
        try {
            running = new RunningSystem(environment);
        } catch (Exception e) {
            startFailure = e;
            traces.close();
            traces = null;
            throw e;
        }
        // A JVM that ends without closing the launcher session (Ctrl-C, a killed build) must not leave it running.
        stopOnExit = new Thread(
                () -> {
                    RunningSystem r = running;
                    if (r != null) {
                        r.close();
                    }
                },
                "shared-system-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        System.out.println("[shared-system] started for the ITs of this JVM");
    }

    private static void awaitHealthy() throws InterruptedException {
        long deadline = System.nanoTime() + HEALTHY_WITHIN.toNanos();
        List<ComponentStatus> status = running.system.status();
        while (!status.stream().allMatch(s -> s.state() == ComponentStatus.State.HEALTHY)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "the shared system is not healthy after " + HEALTHY_WITHIN + ": " + status);
            }
            Thread.sleep(500);
            status = running.system.status();
        }
    }
}
