package org.mentorship.application.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An instant as a feed writes it (UTC date-time form). */
final class IcsDates {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    private IcsDates() {}
}
