package org.mentorship.platform.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.platform.person.NoticeKind;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/**
 * A person's feed of notices, the same in every service: whatever a service tells a person (a mail, a call task)
 * lands here in the same transaction, and the person's channel for its kind decides what goes out besides.
 */
@ApplicationScoped
public class Notices {

    /** A notice held by an embargo is not in the feed, nor marked read, nor exported before its time. */
    private static final String VISIBLE = " and (n.visibleFrom is null or n.visibleFrom <= :now)";

    private final EntityManager entityManager;
    private final PersonSettings settings;
    private final Clock clock;

    Notices(EntityManager entityManager, PersonSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Records the notice in the person's feed (in the caller's transaction) and answers how it goes out besides: by
     * the person's channel for the kind, by e-mail for a mandatory kind they wanted in the feed only.
     */
    public Delivery notify(String personId, NoticeKind kind, String subject, String text) {
        return notify(personId, kind, subject, text, null);
    }

    /**
     * As {@link #notify(String, NoticeKind, String, String)}, held from the person's feed until {@code visibleFrom}
     * (a term's announcement time: decided early, told to nobody before); null or past: visible at once. The caller
     * holds what goes out besides (a mail's first attempt) until the same time.
     */
    public Delivery notify(String personId, NoticeKind kind, String subject, String text, Instant visibleFrom) {
        Delivery delivery = Delivery.of(settings.channelFor(personId, kind), kind);
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.personId = personId;
        n.kind = kind.wire();
        n.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        n.text = text;
        n.channel = delivery.channel().wire();
        n.createdAt = clock.instant();
        n.visibleFrom = visibleFrom != null && visibleFrom.isAfter(n.createdAt) ? visibleFrom : null;
        entityManager.persist(n);
        return delivery;
    }

    /**
     * Moves every notice still held until {@code heldUntil} (an announcement time that changed) to {@code to}; a null
     * or past {@code to} releases them now. Only notices held for exactly that time move: another embargo's stay.
     *
     * @return how many moved
     */
    public int moveHeld(Instant heldUntil, Instant to) {
        Instant now = clock.instant();
        return entityManager
                .createQuery(
                        "update Notice n set n.visibleFrom = :to where n.visibleFrom = :held and n.visibleFrom > :now")
                .setParameter("to", to != null && to.isAfter(now) ? to : null)
                .setParameter("held", heldUntil)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** The person's feed, newest first; {@code unread} true for unread only. */
    public Page<NoticeView> page(String personId, Boolean unread, PageRequest page) {
        String where =
                " where n.personId = :p" + VISIBLE + (Boolean.TRUE.equals(unread) ? " and n.readAt is null" : "");
        List<NoticeView> items = entityManager
                .createQuery(
                        "from Notice n" + where + " order by coalesce(n.visibleFrom, n.createdAt) desc, n.id",
                        Notice.class)
                .setParameter("p", personId)
                .setParameter("now", clock.instant())
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList()
                .stream()
                .map(NoticeView::of)
                .toList();
        long total = entityManager
                .createQuery("select count(n) from Notice n" + where, Long.class)
                .setParameter("p", personId)
                .setParameter("now", clock.instant())
                .getSingleResult();
        return Page.of(items, page, total);
    }

    /** Marks the person's notice read (once: a second call keeps the first time); empty when it is not theirs. */
    public Optional<NoticeView> markRead(String personId, UUID id) {
        Notice n = entityManager.find(Notice.class, id);
        if (n == null
                || !n.personId.equals(personId)
                || n.visibleFrom != null && n.visibleFrom.isAfter(clock.instant())) {
            return Optional.empty();
        }
        if (n.readAt == null) {
            n.readAt = clock.instant();
        }
        return Optional.of(NoticeView.of(n));
    }

    /** Every notice of the person, oldest first (their data export). */
    public List<NoticeView> all(String personId) {
        return entityManager
                .createQuery(
                        "from Notice n where n.personId = :p" + VISIBLE + " order by n.createdAt, n.id", Notice.class)
                .setParameter("p", personId)
                .setParameter("now", clock.instant())
                .getResultList()
                .stream()
                .map(NoticeView::of)
                .toList();
    }
}
