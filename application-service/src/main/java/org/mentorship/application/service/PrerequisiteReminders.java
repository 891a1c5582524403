package org.mentorship.application.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.PrerequisiteProgress;
import org.mentorship.application.model.Term;
import org.mentorship.application.policy.PrerequisiteReminderPolicy;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.PrerequisiteProgressRepository;
import org.mentorship.application.repository.TermRepository;
import org.mentorship.platform.lock.ClusterLock;

/**
 * Reminds mentees of prerequisites not handed in as their term's review end nears ({@link PrerequisiteReminderPolicy}),
 * once per application: the reminder's row (a unique key) is written in the transaction of its notice and mail.
 */
@ApplicationScoped
public class PrerequisiteReminders {

    private static final Logger LOG = Logger.getLogger(PrerequisiteReminders.class);
    private static final int BATCH = 200;

    private final ClusterLock lock;
    private final PrerequisiteReminderPolicy policy;
    private final ApplicationRepository applications;
    private final PrerequisiteProgressRepository progress;
    private final TermRepository terms;
    private final ResultNotifier notifier;
    private final Clock clock;

    PrerequisiteReminders(
            ClusterLock lock,
            PrerequisiteReminderPolicy policy,
            ApplicationRepository applications,
            PrerequisiteProgressRepository progress,
            TermRepository terms,
            ResultNotifier notifier,
            Clock clock) {
        this.lock = lock;
        this.policy = policy;
        this.applications = applications;
        this.progress = progress;
        this.terms = terms;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Scheduled(
            every = "${mentorship.application.reminders.every:15m}",
            delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        runNow();
    }

    /** Sends what is due now; returns how many applications were reminded (0 if another replica ran it). */
    public int runNow() {
        int[] reminded = {0};
        lock.runExclusively("prerequisite-reminders", () -> reminded[0] = remindDue());
        return reminded[0];
    }

    @Transactional(Transactional.TxType.MANDATORY)
    int remindDue() {
        Instant now = clock.instant();
        Instant until = policy.remindUntil(now);
        int reminded = 0;
        for (Application application : applications.toRemind(now, until, BATCH)) {
            Term term = terms.findById(application.termId);
            List<PrerequisiteProgress> items = progress.ofApplication(application.id);
            int missing = (int) items.stream()
                    .filter(p -> PrerequisiteReminderPolicy.anyNotHandedIn(List.of(p.status)))
                    .count();
            if (!policy.due(
                            term.reviewEndsAt(),
                            items.stream().map(p -> p.status).toList(),
                            now)
                    || !applications.markReminded(application.id, now)) {
                continue;
            }
            notifier.prerequisitesMissing(application, term.reviewEndsAt(), missing);
            reminded++;
        }
        if (reminded > 0) {
            LOG.infof("Reminded %d applications of prerequisites not handed in", reminded);
        }
        return reminded;
    }
}
