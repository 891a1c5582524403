package org.mentorship.evaluation.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentorship.platform.lock.ClusterLock;

/** Runs the evaluation reminders on one replica at a time (the cluster lock), on the program clock. */
@ApplicationScoped
public class ReminderJob {

    static final String JOB = "evaluation-reminders";

    private final ClusterLock lock;
    private final ReminderService reminders;

    ReminderJob(ClusterLock lock, ReminderService reminders) {
        this.lock = lock;
        this.reminders = reminders;
    }

    @Scheduled(
            identity = JOB,
            every = "${mentorship.evaluation.reminders.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down
    void scheduled() {
        run();
    }

    /** Returns how many reminders went out, or -1 when another replica holds the lock. */
    public int run() {
        AtomicInteger sent = new AtomicInteger();
        boolean ran = lock.runExclusively(JOB, () -> sent.set(reminders.sendDue()));
        return ran ? sent.get() : -1;
    }
}
