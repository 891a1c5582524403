package org.mentorship.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.application.calendar.StoredEntry.Audience;

/** The calendar entries other services' events tell, and who of each mentorship sees them. */
@ApplicationScoped
class CalendarEntries {

    /** What a person is to a mentorship. */
    enum Role {
        MENTEE,
        MENTOR
    }

    private final EntityManager em;
    private final Clock clock;

    CalendarEntries(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The person belongs to the mentorship's calendar (kept once, whichever event told it first). */
    void person(UUID mentorshipId, String personId, Role role) {
        em.createNativeQuery("""
                insert into calendar_person (mentorship_id, person_id, role) values (?1, ?2, ?3)
                on conflict (mentorship_id, person_id) do nothing""")
                .setParameter(1, mentorshipId)
                .setParameter(2, personId)
                .setParameter(3, role.name())
                .executeUpdate();
    }

    Optional<CalendarEntry> find(String uid) {
        return Optional.ofNullable(em.find(StoredEntry.class, uid, LockModeType.PESSIMISTIC_WRITE))
                .map(StoredEntry::entry);
    }

    /**
     * The entry as an event of {@code toldAt} tells it: a new one starts at SEQUENCE 0; a change told by an event no
     * older than the last one moves it in place with SEQUENCE one higher; the same content again, or an older event,
     * changes nothing. Returns whether it changed.
     */
    boolean put(UUID mentorshipId, Audience audience, CalendarEntry entry, Instant toldAt) {
        StoredEntry stored = em.find(StoredEntry.class, entry.uid(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (stored == null) {
            stored = new StoredEntry();
            stored.set(entry.withSequence(0));
            stored.mentorshipId = mentorshipId;
            stored.audience = audience;
            stored.toldAt = toldAt;
            stored.updatedAt = now;
            em.persist(stored);
            return true;
        }
        if (toldAt.isBefore(stored.toldAt) || stored.entry().sameAs(entry)) {
            return false;
        }
        stored.set(entry.withSequence(stored.sequence + 1));
        stored.toldAt = toldAt;
        stored.updatedAt = now;
        return true;
    }

    /** The mentorship's entries of these kinds. */
    List<CalendarEntry> ofMentorship(UUID mentorshipId, Collection<CalendarKind> kinds) {
        return em
                .createQuery(
                        "from StoredEntry e where e.mentorshipId = :mentorship and e.kind in :kinds order by e.uid",
                        StoredEntry.class)
                .setParameter("mentorship", mentorshipId)
                .setParameter("kinds", kinds)
                .getResultList()
                .stream()
                .map(StoredEntry::entry)
                .toList();
    }

    /** What the person sees: the entries of each mentorship they belong to meant for everyone or for their role. */
    List<CalendarEntry> of(String personId) {
        @SuppressWarnings("unchecked")
        List<StoredEntry> rows = em.createNativeQuery("""
                select e.* from calendar_entry e
                where exists (select 1 from calendar_person p
                              where p.mentorship_id = e.mentorship_id and p.person_id = ?1
                                and (e.audience = 'EVERYONE' or e.audience = p.role))
                order by e.starts_at, e.uid""", StoredEntry.class)
                .setParameter(1, personId)
                .getResultList();
        return rows.stream().map(StoredEntry::entry).toList();
    }
}
