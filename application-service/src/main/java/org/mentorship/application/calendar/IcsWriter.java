package org.mentorship.application.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an RFC 5545 calendar: CRLF line ends, TEXT values escaped (3.3.11), content lines folded at 75 octets
 * without splitting a UTF-8 character (3.1), date-times in UTC ("Z" form), all-day entries as DATE values.
 * <p>
 * Hand-written: ical4j 4.0.7 could be fetched, but it brings Groovy, jparsec and Caffeine into the service at run time
 * for what is one small class here, and its FoldingWriter folds after 73 characters, not 75 octets, so a line of
 * non-ASCII text (a project title, a name) would break the octet limit.
 */
public final class IcsWriter {

    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    /** The feed's calendar: its name, when it was written (every DTSTAMP) and its events. */
    public static String calendar(String name, Instant stamp, List<CalendarEntry> entries) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:-//Mentorship program//Calendar feed//EN");
        line(out, "VERSION:2.0");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (CalendarEntry entry : entries) {
            event(out, stamp, entry);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, Instant stamp, CalendarEntry entry) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(entry.uid()));
        line(out, "DTSTAMP:" + DATE_TIME.format(stamp));
        line(out, "SEQUENCE:" + entry.sequence());
        if (entry.allDay()) {
            LocalDate day = entry.startsAt().atOffset(ZoneOffset.UTC).toLocalDate();
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(day));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
        } else {
            line(out, "DTSTART:" + DATE_TIME.format(entry.startsAt()));
            // A due instant has no end: the event then ends when it starts (RFC 5545 3.6.1).
            if (entry.endsAt() != null && entry.endsAt().isAfter(entry.startsAt())) {
                line(out, "DTEND:" + DATE_TIME.format(entry.endsAt()));
            }
        }
        line(out, "SUMMARY:" + text(entry.summary()));
        line(out, "DESCRIPTION:" + text(entry.description()));
        line(out, "CATEGORIES:" + text(entry.kind().name()));
        line(out, "STATUS:" + entry.status().name());
        line(out, "TRANSP:TRANSPARENT");
        line(out, "END:VEVENT");
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        continue;
                    }
                    out.append("\\n");
                }
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * One content line, folded: at most 75 octets a line (CRLF not counted), each continuation starting with one
     * space, which counts towards its 75; a character (a code point) is never split.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int width = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    private IcsWriter() {}
}
