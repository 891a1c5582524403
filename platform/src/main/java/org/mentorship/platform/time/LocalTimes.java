package org.mentorship.platform.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A deadline as the person sees it: the same instant in their time zone. The API gives both (the instant and,
 * next to it, {@code ...Local}); a mail states both in one line.
 */
public final class LocalTimes {

    private static final DateTimeFormatter MAIL_DAY =
            DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter MAIL_UTC = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private LocalTimes() {}

    /** ISO 8601 with the zone's offset at that instant, e.g. 2026-07-14T23:59:59+02:00; null for null. */
    public static String local(Instant at, ZoneId zone) {
        return at == null
                ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone).toOffsetDateTime());
    }

    /**
     * For a mail: "Tue 14 Jul 2026, 23:59 Europe/Berlin (21:59 UTC)", with the UTC date too when it differs;
     * "Tue 14 Jul 2026, 21:59 UTC" for a person in UTC.
     */
    public static String forMail(Instant at, ZoneId zone) {
        var there = at.atZone(zone);
        var utc = at.atZone(ZoneOffset.UTC);
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return MAIL_DAY.format(utc) + " UTC";
        }
        String inUtc = utc.toLocalDate().equals(there.toLocalDate()) ? MAIL_UTC.format(utc) : MAIL_DAY.format(utc);
        return MAIL_DAY.format(there) + " " + zone.getId() + " (" + inUtc + " UTC)";
    }
}
