package org.mentorship.webhook.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.mentorship.platform.mail.MailRuns;

/**
 * Sends due deliveries: claims a batch under a lease (one short transaction), POSTs each outside any transaction
 * and records its attempt in its own. A replica that dies mid-batch leaves its leases to expire; another takes over.
 */
@ApplicationScoped
public class DeliveryWorker {

    static final int BATCH = 20;

    private final DeliveryQueue queue;
    private final DeliverySender sender;
    private final String name = "webhook-worker-" + UUID.randomUUID();

    DeliveryWorker(DeliveryQueue queue, DeliverySender sender) {
        this.queue = queue;
        this.sender = sender;
    }

    @Scheduled(
            every = "${mentorship.webhooks.worker.interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down
    void scheduled() {
        sendDue();
    }

    /** Sends every delivery due now, a batch at a time until a claim comes back short; returns how many. */
    public int sendDue() {
        return MailRuns.untilShort(BATCH, this::sendBatch);
    }

    private int sendBatch() {
        List<UUID> claimed = queue.claim(name, BATCH);
        for (UUID id : claimed) {
            queue.toSend(id).ifPresent(send -> queue.attempted(send, sender.send(send, false), name));
        }
        return claimed.size();
    }
}
