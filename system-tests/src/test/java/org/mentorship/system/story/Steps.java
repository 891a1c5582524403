package org.mentorship.system.story;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.core.ThrowingRunnable;

/** Printing and waiting, shared by the step classes. */
final class Steps {

    private Steps() {}

    static void log(String format, Object... args) {
        System.out.printf("[story] " + format + "%n", args);
    }

    /** Until the assertion holds: events cross Kafka, so effects in other services are eventual. */
    static void eventually(String what, ThrowingRunnable assertion) {
        await(what)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(assertion);
    }

    static <T> T eventually(String what, Callable<T> value, java.util.function.Predicate<T> until) {
        return await(what)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(value, until::test);
    }
}
