package org.mentorship.application.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A calendar entry told by an event of another service (V6__calendar.sql), keyed by its UID. */
@Entity
@Table(name = "calendar_entry")
class StoredEntry {

    /** Who of a mentorship sees the entry. */
    enum Audience {
        MENTEE,
        MENTOR,
        EVERYONE
    }

    @Id
    String uid;

    @Column(name = "mentorship_id", nullable = false)
    UUID mentorshipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CalendarKind kind;

    @Column(nullable = false)
    String summary;

    @Column(nullable = false)
    String description;

    @Column(name = "starts_at", nullable = false)
    Instant startsAt;

    @Column(name = "ends_at")
    Instant endsAt;

    @Column(name = "all_day", nullable = false)
    boolean allDay;

    @Column(nullable = false)
    int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CalendarEntry.Status status;

    @Column(name = "told_at", nullable = false)
    Instant toldAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    CalendarEntry entry() {
        return new CalendarEntry(uid, kind, summary, description, startsAt, endsAt, allDay, sequence, status);
    }

    void set(CalendarEntry entry) {
        uid = entry.uid();
        kind = entry.kind();
        summary = entry.summary();
        description = entry.description();
        startsAt = entry.startsAt();
        endsAt = entry.endsAt();
        allDay = entry.allDay();
        sequence = entry.sequence();
        status = entry.status();
    }
}
