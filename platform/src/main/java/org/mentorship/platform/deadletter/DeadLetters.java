package org.mentorship.platform.deadletter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.mentorship.platform.inbox.InboxProcessor;
import org.mentorship.platform.inbox.InboxProcessor.Replay;
import org.mentorship.platform.inbox.InboxProcessor.ReplayOutcome;
import org.mentorship.platform.problem.PlatformProblems;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/**
 * Lists this service's dead letters and replays one: its original record (same ce_id, headers and value) is handed to
 * the consumer method that gave up on it, so it takes the same inbox path. An event the inbox already recorded is
 * not applied again; a dead letter is replayed at most once (the row is locked while it runs).
 */
@ApplicationScoped
public class DeadLetters {

    private final EntityManager entityManager;
    private final ConsumerEntryPoints entryPoints;
    private final InboxProcessor inbox;
    private final Clock clock = Clock.systemUTC();

    DeadLetters(EntityManager entityManager, ConsumerEntryPoints entryPoints, InboxProcessor inbox) {
        this.entityManager = entityManager;
        this.entryPoints = entryPoints;
        this.inbox = inbox;
    }

    /** Newest first; {@code replayed} null for all, false for those still to act on. */
    public Page<DeadLetterView> page(String consumer, Boolean replayed, PageRequest page) {
        String where = " where 1 = 1" + (consumer == null ? "" : " and d.consumer = :consumer")
                + (replayed == null ? "" : replayed ? " and d.replayedAt is not null" : " and d.replayedAt is null");
        return QuarkusTransaction.requiringNew().call(() -> {
            var items = entityManager.createQuery(
                    "from DeadLetter d" + where + " order by d.deadLetteredAt desc, d.id", DeadLetter.class);
            var total = entityManager.createQuery("select count(d) from DeadLetter d" + where, Long.class);
            if (consumer != null) {
                items.setParameter("consumer", consumer);
                total.setParameter("consumer", consumer);
            }
            return Page.of(
                    items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                            .map(DeadLetterView::of)
                            .toList(),
                    page,
                    total.getSingleResult());
        });
    }

    /**
     * Replays the dead letter once. 404 when there is none; 422 {@code replay-refused} when it fails again for good;
     * 503 {@code replay-postponed} when it fails in a way that may pass. A dead letter already replayed is answered
     * as it is, without running again.
     */
    public DeadLetterView replay(UUID id, String who) {
        Result result = QuarkusTransaction.requiringNew().call(() -> {
            DeadLetter d = entityManager.find(DeadLetter.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (d == null) {
                throw ProblemException.notFound("Dead letter", id);
            }
            if (d.replayedAt != null) {
                return new Result(DeadLetterView.of(d), null);
            }
            ConsumerEntryPoints.EntryPoint entry = entryPoints
                    .forTopic(d.topic)
                    .orElseThrow(() -> PlatformProblems.NO_CONSUMER.with("This service no longer consumes " + d.topic));
            Replay replay = inbox.replay(() -> entryPoints.deliver(entry, record(d)));
            if (replay.outcome() == ReplayOutcome.APPLIED || replay.outcome() == ReplayOutcome.ALREADY_APPLIED) {
                d.replayedAt = clock.instant();
                d.replayedBy = who;
                d.replayOutcome = replay.outcome().name();
                return new Result(DeadLetterView.of(d), null);
            }
            return new Result(null, replay);
        });
        if (result.failure() == null) {
            return result.view();
        }
        if (result.failure().outcome() == ReplayOutcome.REFUSED) {
            throw PlatformProblems.REPLAY_REFUSED.with(result.failure().reason());
        }
        throw PlatformProblems.REPLAY_POSTPONED.with(result.failure().reason());
    }

    /** The record as it was delivered: same topic, partition, offset, key, headers and value. */
    static ConsumerRecord<String, String> record(DeadLetter d) {
        RecordHeaders headers = new RecordHeaders();
        for (Map.Entry<String, String> header :
                DeadLetterView.headers(d.headers).entrySet()) {
            headers.add(
                    header.getKey(),
                    header.getValue() == null ? null : header.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return new ConsumerRecord<>(
                d.topic,
                d.partition,
                d.offset,
                Instant.now().toEpochMilli(),
                TimestampType.CREATE_TIME,
                -1,
                -1,
                d.key,
                d.payload,
                headers,
                Optional.empty());
    }

    private record Result(DeadLetterView view, Replay failure) {}
}
