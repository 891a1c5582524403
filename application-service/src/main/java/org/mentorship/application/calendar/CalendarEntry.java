package org.mentorship.application.calendar;

import java.time.Instant;

/**
 * One event of a person's calendar. {@code uid} is stable for as long as the event exists (an extension moves it,
 * a termination cancels it, each with {@code sequence} one higher); {@code endsAt} is null for a due instant;
 * an all-day entry is the UTC day of {@code startsAt}.
 */
public record CalendarEntry(
        String uid,
        CalendarKind kind,
        String summary,
        String description,
        Instant startsAt,
        Instant endsAt,
        boolean allDay,
        int sequence,
        Status status) {

    /** RFC 5545 STATUS values of an event that a feed uses. */
    public enum Status {
        CONFIRMED,
        CANCELLED
    }

    /** Whether it says the same as {@code other}, its sequence aside. */
    boolean sameAs(CalendarEntry other) {
        return kind == other.kind
                && summary.equals(other.summary)
                && description.equals(other.description)
                && startsAt.equals(other.startsAt)
                && java.util.Objects.equals(endsAt, other.endsAt)
                && allDay == other.allDay
                && status == other.status;
    }

    CalendarEntry withSequence(int next) {
        return new CalendarEntry(uid, kind, summary, description, startsAt, endsAt, allDay, next, status);
    }

    CalendarEntry movedTo(Instant start, Instant end) {
        return new CalendarEntry(uid, kind, summary, description, start, end, allDay, sequence, status);
    }

    CalendarEntry cancelled() {
        return new CalendarEntry(uid, kind, summary, description, startsAt, endsAt, allDay, sequence, Status.CANCELLED);
    }
}
