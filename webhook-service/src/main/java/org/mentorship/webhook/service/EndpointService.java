package org.mentorship.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentorship.contracts.EventCatalog;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.ObjectAccess;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;
import org.mentorship.webhook.model.Attempt;
import org.mentorship.webhook.model.Delivery;
import org.mentorship.webhook.model.Endpoint;
import org.mentorship.webhook.problem.WebhookProblems;

/**
 * Partners' endpoints and their delivery logs. A partner sees and manages only its own endpoints (another's is
 * "not found"); coordinators see and manage all.
 */
@ApplicationScoped
public class EndpointService {

    /** A delivery with its attempts, oldest first. */
    public record Logged(Delivery delivery, List<Attempt> attempts) {}

    private final EntityManager entityManager;
    private final Targets targets;
    private final DeliveryQueue queue;
    private final DeliverySender sender;
    private final Caller caller;
    private final Clock clock;

    EndpointService(
            EntityManager entityManager,
            Targets targets,
            DeliveryQueue queue,
            DeliverySender sender,
            Caller caller,
            Clock clock) {
        this.entityManager = entityManager;
        this.targets = targets;
        this.queue = queue;
        this.sender = sender;
        this.caller = caller;
        this.clock = clock;
    }

    /** The new endpoint, its secret in it: the only answer that shows the secret. */
    @Transactional
    public Endpoint register(String url, List<String> eventTypes, String description) {
        Set<String> unknown = eventTypes.stream()
                .filter(t -> EventCatalog.ofType(t).isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            throw new ProblemException(
                    WebhookProblems.UNKNOWN_EVENT_TYPE,
                    "Not event types of the program: " + String.join(", ", unknown));
        }
        targets.check(url);
        Instant now = clock.instant();
        Endpoint e = new Endpoint();
        e.id = UUID.randomUUID();
        e.ownerId = caller.userId();
        e.url = url;
        e.description = description;
        e.secret = Signatures.newSecret();
        e.enabled = true;
        e.eventTypes = new TreeSet<>(eventTypes);
        e.createdAt = now;
        e.updatedAt = now;
        entityManager.persist(e);
        return e;
    }

    @Transactional
    public Page<Endpoint> page(PageRequest page) {
        boolean all = caller.is(Roles.COORDINATOR);
        String where = all ? "" : " where e.ownerId = :owner";
        var query = entityManager
                .createQuery("select e from Endpoint e" + where + " order by e.createdAt desc, e.id", Endpoint.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        var count = entityManager.createQuery("select count(e) from Endpoint e" + where, Long.class);
        if (!all) {
            query.setParameter("owner", caller.userId());
            count.setParameter("owner", caller.userId());
        }
        return Page.of(query.getResultList(), page, count.getSingleResult());
    }

    /** Every endpoint {@code ownerId} registered, oldest first (their data export). */
    @Transactional
    public List<Endpoint> ownedBy(String ownerId) {
        return entityManager
                .createQuery("select e from Endpoint e where e.ownerId = ?1 order by e.createdAt, e.id", Endpoint.class)
                .setParameter(1, ownerId)
                .getResultList();
    }

    @Transactional
    public Endpoint find(UUID id) {
        Endpoint e = entityManager.find(Endpoint.class, id);
        if (e == null) {
            throw ProblemException.notFound("Webhook endpoint", id);
        }
        ObjectAccess.to(caller, "Webhook endpoint", id)
                .role(Roles.COORDINATOR)
                .self(Roles.PARTNER, e.ownerId)
                .require();
        return e;
    }

    /** Its deliveries and their log go with it. */
    @Transactional
    public void delete(UUID id) {
        entityManager.remove(find(id));
    }

    /**
     * Enabled again: the failure count starts over, and the deliveries still pending are tried now, with a new day
     * before they give up.
     */
    @Transactional
    public Endpoint enable(UUID id) {
        Endpoint e = find(id);
        if (!e.enabled) {
            Instant now = clock.instant();
            e.enabled = true;
            e.consecutiveFailures = 0;
            e.disabledAt = null;
            e.disabledReason = null;
            e.updatedAt = now;
            entityManager
                    .createNativeQuery("""
                    update webhook_delivery set first_attempt_at = null, next_attempt_at = ?1
                    where endpoint_id = ?2 and status = 'PENDING'""")
                    .setParameter(1, now)
                    .setParameter(2, id)
                    .executeUpdate();
        }
        return e;
    }

    /** Newest first, each with its attempts. */
    @Transactional
    public Page<Logged> deliveries(UUID endpointId, PageRequest page) {
        find(endpointId);
        List<Delivery> deliveries = entityManager
                .createQuery(
                        "select d from Delivery d where d.endpointId = ?1 order by d.createdAt desc, d.id",
                        Delivery.class)
                .setParameter(1, endpointId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = entityManager
                .createQuery("select count(d) from Delivery d where d.endpointId = ?1", Long.class)
                .setParameter(1, endpointId)
                .getSingleResult();
        Map<UUID, List<Attempt>> attempts = deliveries.isEmpty()
                ? Map.of()
                : entityManager
                        .createQuery(
                                "select a from Attempt a where a.deliveryId in ?1 order by a.attemptedAt, a.id",
                                Attempt.class)
                        .setParameter(1, deliveries.stream().map(d -> d.id).toList())
                        .getResultStream()
                        .collect(Collectors.groupingBy(a -> a.deliveryId));
        return Page.of(
                deliveries.stream()
                        .map(d -> new Logged(d, attempts.getOrDefault(d.id, List.of())))
                        .toList(),
                page,
                total);
    }

    /** A new attempt now (same webhook-id, fresh signature), outside any transaction of this service's own. */
    public Logged redeliver(UUID deliveryId) {
        DeliveryQueue.Send send =
                queue.toSend(deliveryId).orElseThrow(() -> ProblemException.notFound("Webhook delivery", deliveryId));
        Endpoint endpoint;
        try {
            endpoint = find(send.endpointId());
        } catch (ProblemException e) {
            throw e.status() == 404 ? ProblemException.notFound("Webhook delivery", deliveryId) : e;
        }
        if (!endpoint.enabled) {
            throw new ProblemException(
                    WebhookProblems.ENDPOINT_DISABLED,
                    "Endpoint " + endpoint.id + " is disabled (" + endpoint.disabledReason + "); enable it first");
        }
        queue.redelivered(send, sender.send(send, true));
        return logged(deliveryId);
    }

    @Transactional
    Logged logged(UUID deliveryId) {
        Delivery d = entityManager.find(Delivery.class, deliveryId);
        List<Attempt> attempts = entityManager
                .createQuery(
                        "select a from Attempt a where a.deliveryId = ?1 order by a.attemptedAt, a.id", Attempt.class)
                .setParameter(1, deliveryId)
                .getResultList();
        return new Logged(d, attempts);
    }
}
