package org.mentorship.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorship.application.calendar.CalendarEntry.Status;

/** RFC 5545 form: CRLF lines of at most 75 octets, continuations with one space, TEXT escaped, UTC date-times. */
class IcsWriterTest {

    private static final Instant STAMP = Instant.parse("2027-01-10T09:00:00Z");

    private static CalendarEntry entry(String summary, String description) {
        return new CalendarEntry(
                "evaluation-9b2f7c1e-4a6d-4f3b-8e2a-1c5d7e9f0a12-1@mentorship",
                CalendarKind.EVALUATION_WINDOW,
                summary,
                description,
                Instant.parse("2027-03-08T00:00:00Z"),
                Instant.parse("2027-03-15T00:00:00Z"),
                false,
                2,
                Status.CONFIRMED);
    }

    /** The content lines, unfolded (a CRLF followed by a space joins the next line on). */
    private static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void aCalendarHasTheHeadersAndEveryEventItsProperties() {
        String ics = IcsWriter.calendar("Mentorship program", STAMP, List.of(entry("Evaluation 1 window", "Due")));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(unfolded(ics))
                .containsSubsequence(
                        "BEGIN:VCALENDAR",
                        "PRODID:-//Mentorship program//Calendar feed//EN",
                        "VERSION:2.0",
                        "CALSCALE:GREGORIAN",
                        "METHOD:PUBLISH",
                        "X-WR-CALNAME:Mentorship program",
                        "BEGIN:VEVENT",
                        "UID:evaluation-9b2f7c1e-4a6d-4f3b-8e2a-1c5d7e9f0a12-1@mentorship",
                        "DTSTAMP:20270110T090000Z",
                        "SEQUENCE:2",
                        "DTSTART:20270308T000000Z",
                        "DTEND:20270315T000000Z",
                        "SUMMARY:Evaluation 1 window",
                        "DESCRIPTION:Due",
                        "STATUS:CONFIRMED",
                        "END:VEVENT",
                        "END:VCALENDAR");
    }

    @Test
    void everyLineEndsInCrlfAndNoBareLineBreakIsLeft() {
        String ics = IcsWriter.calendar("Mentorship program", STAMP, List.of(entry("a\nb", "c\r\nd\re")));

        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(unfolded(ics)).contains("SUMMARY:a\\nb", "DESCRIPTION:c\\nd\\ne");
    }

    @Test
    void textIsEscaped() {
        assertThat(IcsWriter.text("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
        assertThat(IcsWriter.text("bell\u0007 tab\t")).isEqualTo("bell tab\t");
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        String description = "Überprüfung der Beiträge — 評価の締め切り 🎓 ".repeat(12);
        String ics =
                IcsWriter.calendar("Mentorship program", STAMP, List.of(entry("Evaluation 1 window", description)));

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(ics.split("\r\n")).anySatisfy(line -> assertThat(line).startsWith(" "));
        assertThat(unfolded(ics)).contains("DESCRIPTION:" + IcsWriter.text(description));
    }

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        StringBuilder out = new StringBuilder();
        IcsWriter.line(out, "X".repeat(75));
        assertThat(out.toString()).isEqualTo("X".repeat(75) + "\r\n");
        out.setLength(0);
        IcsWriter.line(out, "X".repeat(76));
        assertThat(out.toString()).isEqualTo("X".repeat(75) + "\r\n X\r\n");
    }

    @Test
    void aDueInstantHasNoEndAndAnAllDayEntryIsADate() {
        CalendarEntry due = new CalendarEntry(
                "u1@mentorship",
                CalendarKind.EVALUATION_DUE,
                "Evaluation 1 due",
                "d",
                Instant.parse("2027-03-15T00:00:00Z"),
                null,
                false,
                0,
                Status.CANCELLED);
        CalendarEntry payment = new CalendarEntry(
                "u2@mentorship",
                CalendarKind.PAYMENT_EXPECTED,
                "Stipend payment expected",
                "d",
                Instant.parse("2027-03-20T00:00:00Z"),
                null,
                true,
                0,
                Status.CONFIRMED);
        String ics = IcsWriter.calendar("Mentorship program", STAMP, List.of(due, payment));

        List<String> lines = unfolded(ics);
        assertThat(lines).containsSubsequence("UID:u1@mentorship", "DTSTART:20270315T000000Z", "STATUS:CANCELLED");
        assertThat(lines.subList(lines.indexOf("UID:u1@mentorship"), lines.indexOf("UID:u2@mentorship")))
                .noneMatch(line -> line.startsWith("DTEND"));
        assertThat(lines)
                .containsSubsequence("UID:u2@mentorship", "DTSTART;VALUE=DATE:20270320", "DTEND;VALUE=DATE:20270321");
    }

    @Test
    void amountsAreInTheCurrencysUnit() {
        assertThat(CalendarProjection.amount(150000, "USD")).isEqualTo("1,500.00 USD");
        assertThat(CalendarProjection.amount(5000, "JPY")).isEqualTo("5,000 JPY");
    }
}
