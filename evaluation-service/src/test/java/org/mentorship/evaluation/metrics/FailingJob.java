package org.mentorship.evaluation.metrics;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

/** A scheduled job of the test application that throws once each time a test arms it (and is skipped otherwise). */
@ApplicationScoped
public class FailingJob {

    static volatile boolean armed;

    @Scheduled(every = "1s", skipExecutionIf = Disarmed.class)
    void run() {
        armed = false;
        throw new IllegalStateException("A job that fails (test)");
    }

    @Singleton
    public static class Disarmed implements Scheduled.SkipPredicate {
        @Override
        public boolean test(ScheduledExecution execution) {
            return !armed;
        }
    }
}
