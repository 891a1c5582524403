package org.mentorship.webhook.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.webhook.config.WebhookConfig;
import org.mentorship.webhook.model.Attempt;

/**
 * The deliveries' bookkeeping, each step its own short transaction (never one around a POST): create them with the
 * event, claim due ones under a lease (FOR UPDATE SKIP LOCKED: replicas share the work), record each attempt and
 * what it decides. Plain SQL on the rows, as the services' mail queues do.
 */
@ApplicationScoped
public class DeliveryQueue {

    private static final Logger LOG = Logger.getLogger(DeliveryQueue.class);

    /** A step that takes longer is rolled back and tried again by a later run (the database is in trouble). */
    static final int TRANSACTION_TIMEOUT_SECONDS = 10;

    /** What one attempt needs: the delivery, its endpoint's target and secret. */
    public record Send(
            UUID deliveryId, UUID endpointId, UUID eventId, String body, String url, String secret, String ownerId) {}

    private final EntityManager entityManager;
    private final WebhookConfig config;
    private final RetryPolicy retries;
    private final EndpointNotices notices;
    private final Clock clock;

    DeliveryQueue(EntityManager entityManager, WebhookConfig config, EndpointNotices notices, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.retries = new RetryPolicy(
                config.retry().initial(), config.retry().max(), config.retry().giveUpAfter());
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * In the consumer's transaction (with its inbox row): one delivery per enabled endpoint that asked for the type;
     * a delivery that exists already is left as it is. Returns how many were created.
     */
    public int enqueue(UUID eventId, String type, String body) {
        return entityManager
                .createNativeQuery("""
                insert into webhook_delivery (id, endpoint_id, event_id, event_type, body, status, attempts,
                                              created_at, next_attempt_at)
                select gen_random_uuid(), e.id, ?1, ?2, ?3, 'PENDING', 0, ?4, ?4
                from webhook_endpoint e join webhook_endpoint_type t on t.endpoint_id = e.id
                where t.event_type = ?2 and e.enabled
                on conflict (endpoint_id, event_id) do nothing""")
                .setParameter(1, eventId)
                .setParameter(2, type)
                .setParameter(3, body)
                .setParameter(4, clock.instant())
                .executeUpdate();
    }

    /**
     * Takes up to {@code limit} pending deliveries of enabled endpoints that are due and not leased to a live
     * sender; each counts as an attempt and is leased to {@code sender}. The lease runs on the database's clock.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = TRANSACTION_TIMEOUT_SECONDS)
    @SuppressWarnings("unchecked")
    public List<UUID> claim(String sender, int limit) {
        Instant now = clock.instant();
        List<UUID> due = entityManager
                .createNativeQuery("""
                select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                where d.status = 'PENDING' and e.enabled and d.next_attempt_at <= ?1
                  and (d.lease_until is null or d.lease_until < now())
                order by d.next_attempt_at limit ?2 for update of d skip locked""")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        if (!due.isEmpty()) {
            entityManager
                    .createNativeQuery("""
                    update webhook_delivery set claimed_by = ?1, attempts = attempts + 1,
                           first_attempt_at = coalesce(first_attempt_at, ?2),
                           lease_until = now() + make_interval(secs => ?3)
                    where id in (?4)""")
                    .setParameter(1, sender)
                    .setParameter(2, now)
                    .setParameter(3, config.worker().lease().toSeconds())
                    .setParameter(4, due)
                    .executeUpdate();
        }
        return due;
    }

    /** The delivery with its endpoint's target and secret. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = TRANSACTION_TIMEOUT_SECONDS)
    public Optional<Send> toSend(UUID deliveryId) {
        List<?> rows =
                entityManager.createNativeQuery("""
                select d.id, d.endpoint_id, d.event_id, d.body, e.url, e.secret, e.owner_id
                from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id where d.id = ?1""").setParameter(1, deliveryId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new Send(
                    (UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6]);
        });
    }

    /**
     * A scheduled attempt is over: logged; delivered on 2xx, else retried later or given up. A give-up, or the
     * endpoint's {@code disable-after-failures}-th failed attempt in a row, disables the endpoint. The schedule is
     * left alone when the lease went to another sender meanwhile (its attempt decides).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = TRANSACTION_TIMEOUT_SECONDS)
    public void attempted(Send send, Attempt attempt, String sender) {
        log(send, attempt);
        if (attempt.succeeded()) {
            delivered(send, attempt);
            return;
        }
        Object[] state = (Object[]) entityManager
                .createNativeQuery("select first_attempt_at, attempts from webhook_delivery where id = ?1")
                .setParameter(1, send.deliveryId())
                .getSingleResult();
        Instant first = state[0] == null ? attempt.attemptedAt : toInstant(state[0]);
        int attempts = ((Number) state[1]).intValue();
        Optional<Instant> next = retries.next(first, attempt.attemptedAt, attempts);
        int updated = entityManager
                .createNativeQuery("""
                update webhook_delivery set status = ?1, next_attempt_at = coalesce(?2, next_attempt_at),
                       last_attempt_at = ?3, last_error = ?4, claimed_by = null, lease_until = null
                where id = ?5 and claimed_by = ?6 and status = 'PENDING'""")
                .setParameter(1, next.isPresent() ? "PENDING" : "FAILED")
                .setParameter(2, next.orElse(null))
                .setParameter(3, attempt.attemptedAt)
                .setParameter(4, summary(attempt))
                .setParameter(5, send.deliveryId())
                .setParameter(6, sender)
                .executeUpdate();
        if (updated == 0) {
            return;
        }
        int failures = ((Number) entityManager
                        .createNativeQuery("""
                        update webhook_endpoint set consecutive_failures = consecutive_failures + 1
                        where id = ?1 returning consecutive_failures""")
                        .setParameter(1, send.endpointId())
                        .getSingleResult())
                .intValue();
        if (next.isEmpty()) {
            disable(
                    send,
                    "Delivery " + send.deliveryId() + " of event " + send.eventId() + " gave up after " + attempts
                            + " attempts over " + retries.giveUpAfter() + ": " + summary(attempt));
        } else if (failures >= config.disableAfterFailures()) {
            disable(send, failures + " failed attempts in a row; the last: " + summary(attempt));
        }
    }

    /** An attempt someone asked for: logged; a 2xx delivers the delivery whatever its state. No retry follows. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = TRANSACTION_TIMEOUT_SECONDS)
    public void redelivered(Send send, Attempt attempt) {
        log(send, attempt);
        if (attempt.succeeded()) {
            delivered(send, attempt);
        } else {
            entityManager
                    .createNativeQuery(
                            "update webhook_delivery set last_attempt_at = ?1, last_error = ?2 where id = ?3")
                    .setParameter(1, attempt.attemptedAt)
                    .setParameter(2, summary(attempt))
                    .setParameter(3, send.deliveryId())
                    .executeUpdate();
        }
    }

    private void log(Send send, Attempt attempt) {
        attempt.id = UUID.randomUUID();
        attempt.deliveryId = send.deliveryId();
        entityManager.persist(attempt);
    }

    private void delivered(Send send, Attempt attempt) {
        entityManager
                .createNativeQuery("""
                update webhook_delivery set status = 'DELIVERED', delivered_at = coalesce(delivered_at, ?1),
                       last_attempt_at = ?1, last_error = null, claimed_by = null, lease_until = null
                where id = ?2""")
                .setParameter(1, attempt.attemptedAt)
                .setParameter(2, send.deliveryId())
                .executeUpdate();
        entityManager
                .createNativeQuery("update webhook_endpoint set consecutive_failures = 0 where id = ?1")
                .setParameter(1, send.endpointId())
                .executeUpdate();
    }

    /** Once: an endpoint already disabled is not disabled (nor noticed) again. */
    private void disable(Send send, String reason) {
        int changed = entityManager
                .createNativeQuery("""
                update webhook_endpoint set enabled = false, disabled_at = ?1, disabled_reason = ?2,
                       updated_at = ?1, version = version + 1
                where id = ?3 and enabled""")
                .setParameter(1, clock.instant())
                .setParameter(2, truncate(reason))
                .setParameter(3, send.endpointId())
                .executeUpdate();
        if (changed > 0) {
            LOG.warnf("Webhook endpoint %s disabled: %s", send.endpointId(), reason);
            notices.disabled(send.ownerId(), send.endpointId(), send.url(), reason);
        }
    }

    static String summary(Attempt attempt) {
        return truncate(attempt.statusCode != null ? "HTTP " + attempt.statusCode : String.valueOf(attempt.error));
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
