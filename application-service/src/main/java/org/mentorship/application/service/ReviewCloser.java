package org.mentorship.application.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;
import org.mentorship.application.model.Application;
import org.mentorship.application.policy.ReviewPolicy;
import org.mentorship.application.policy.WaitlistPolicy;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.PrerequisiteProgressRepository;
import org.mentorship.contracts.events.ApplicationRejected;
import org.mentorship.platform.lock.ClusterLock;
import org.mentorship.platform.outbox.Outbox;

/**
 * When a term's review period ends, every application still open is closed as not accepted, saying why; waitlisted
 * ones stay on their waitlist until the term's program starts, then are closed as not selected.
 */
@ApplicationScoped
public class ReviewCloser {

    static final String ACTOR = "system:review-closer";
    private static final Logger LOG = Logger.getLogger(ReviewCloser.class);
    private static final int BATCH = 200;

    private final ClusterLock lock;
    private final ApplicationRepository applications;
    private final PrerequisiteProgressRepository progress;
    private final StatusChanges statusChanges;
    private final ResultNotifier notifier;
    private final Outbox outbox;
    private final Clock clock;

    ReviewCloser(
            ClusterLock lock,
            ApplicationRepository applications,
            PrerequisiteProgressRepository progress,
            StatusChanges statusChanges,
            ResultNotifier notifier,
            Outbox outbox,
            Clock clock) {
        this.lock = lock;
        this.applications = applications;
        this.progress = progress;
        this.statusChanges = statusChanges;
        this.notifier = notifier;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(
            every = "${mentorship.application.review-close-every:60s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down
    void scheduled() {
        runNow();
    }

    /** Closes what is due now; returns how many applications were closed (0 if another replica ran it). */
    public int runNow() {
        int[] closed = {0};
        lock.runExclusively("close-ended-reviews", () -> closed[0] = closeDue());
        return closed[0];
    }

    @Transactional(Transactional.TxType.MANDATORY)
    int closeDue() {
        Instant now = clock.instant();
        List<Application> due = applications.openPastReview(now, BATCH);
        for (Application application : due) {
            String reason = ReviewPolicy.closingReason(progress.allApproved(application.id));
            statusChanges.record(application, application.closeAsNotAccepted(ACTOR, now, reason), null);
            outbox.publish(new ApplicationRejected(
                    application.id, application.termId, application.projectId, application.applicantId, reason, now));
            notifier.notAccepted(application, reason);
        }
        if (!due.isEmpty()) {
            LOG.infof("Closed %d applications whose review period ended", due.size());
        }
        // Waitlisted ones outlive the review (a slot may free until the program starts), then are not selected.
        List<Application> waitlisted =
                applications.waitlistedPastProgramStart(LocalDate.ofInstant(now, ZoneOffset.UTC), BATCH);
        for (Application application : waitlisted) {
            String reason = WaitlistPolicy.CLOSED_AT_PROGRAM_START;
            statusChanges.record(application, application.closeWaitlisted(ACTOR, now, reason), null);
            outbox.publish(new ApplicationRejected(
                    application.id, application.termId, application.projectId, application.applicantId, reason, now));
            notifier.notAccepted(application, reason);
        }
        if (!waitlisted.isEmpty()) {
            LOG.infof("Closed %d waitlisted applications whose program started", waitlisted.size());
        }
        return due.size() + waitlisted.size();
    }
}
