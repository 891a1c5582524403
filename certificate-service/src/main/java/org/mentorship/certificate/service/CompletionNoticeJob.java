package org.mentorship.certificate.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentorship.platform.lock.ClusterLock;

/** Runs the mentee's completion notices on one replica at a time (the cluster lock), on the program clock. */
@ApplicationScoped
public class CompletionNoticeJob {

    static final String JOB = "completion-notices";

    private final ClusterLock lock;
    private final CompletionNotices notices;

    CompletionNoticeJob(ClusterLock lock, CompletionNotices notices) {
        this.lock = lock;
        this.notices = notices;
    }

    @Scheduled(
            identity = JOB,
            every = "${mentorship.certificate.requirements.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down
    void scheduled() {
        run();
    }

    /** Returns how many notices went out, or -1 when another replica holds the lock. */
    public int run() {
        AtomicInteger sent = new AtomicInteger();
        boolean ran = lock.runExclusively(JOB, () -> sent.set(notices.sendDue()));
        return ran ? sent.get() : -1;
    }
}
