package org.mentorship.system.story;

import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Calendar feeds: a person subscribes (a feed URL holding its token) and a calendar app reads it without any bearer
 * token, through the gateway. The events are read back as a calendar app would: UID, SEQUENCE, DTSTART.
 */
final class CalendarSteps {

    /** One event of a feed: its stable UID, how often it moved (SEQUENCE), when it starts, and its STATUS. */
    record Entry(String uid, int sequence, Instant dtstart, String status) {}

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    private final StorySystem sys;

    CalendarSteps(StorySystem sys) {
        this.sys = sys;
    }

    /** The UID of evaluation {@code n}'s due entry (mentee and mentors see the same one). */
    static String evaluationUid(UUID mentorship, int n) {
        return "evaluation-" + mentorship + "-" + n + "@mentorship";
    }

    /**
     * Subscribes the actor whose token is given (actors.mentee(name), actors.mentor(name), any role) and returns the
     * feed URL; subscribing again makes a new URL and the old one stops working.
     */
    String subscribe(String token) {
        String url = sys.as(token)
                .post("/api/v1/me/calendar-feed")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        Steps.log("Calendar feed made: %s", url.substring(0, url.indexOf("token=") + 6) + "...");
        return url;
    }

    /** The feed's events, read through the gateway with no bearer token (the URL's host is the public one). */
    List<Entry> entries(String url) {
        String ics = sys.anonymous()
                .get("/api/v1/me/calendar.ics?" + URI.create(url).getRawQuery())
                .then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .extract()
                .asString();
        return parse(ics);
    }

    /** The event with this UID, if the feed has it. */
    Optional<Entry> entry(String url, String uid) {
        return entries(url).stream().filter(e -> e.uid().equals(uid)).findFirst();
    }

    /** VEVENTs of an RFC 5545 text: lines unfolded (CRLF + space), DTSTART as a UTC date-time or a DATE. */
    static List<Entry> parse(String ics) {
        List<Entry> entries = new ArrayList<>();
        String uid = null;
        String status = null;
        int sequence = 0;
        Instant start = null;
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                uid = null;
                status = null;
                sequence = 0;
                start = null;
            } else if (line.equals("END:VEVENT")) {
                entries.add(new Entry(uid, sequence, start, status));
            } else if (line.startsWith("UID:")) {
                uid = line.substring(4);
            } else if (line.startsWith("SEQUENCE:")) {
                sequence = Integer.parseInt(line.substring(9));
            } else if (line.startsWith("STATUS:")) {
                status = line.substring(7);
            } else if (line.startsWith("DTSTART;VALUE=DATE:")) {
                start = LocalDate.parse(line.substring(19), DATE).atStartOfDay().toInstant(ZoneOffset.UTC);
            } else if (line.startsWith("DTSTART:")) {
                start = DATE_TIME.parse(line.substring(8), Instant::from);
            }
        }
        return entries;
    }
}
