package org.mentorship.application.calendar;

/** What the calendar operations document at length, and their examples, kept out of the annotations. */
final class CalendarDocs {

    static final String ROTATE = "Makes the caller's calendar feed and answers its URL, which holds the feed's token "
            + "(shown only now: it is stored hashed). Calling again makes a new token; the old URL stops working.";
    static final String REVOKE = "The caller's feed URL stops working. Nothing to revoke is no error.";
    static final String FEED = "The calendar of the token's owner (RFC 5545, for calendar apps, which send no bearer "
            + "token: the token in the URL is the credential). Review end, prerequisites, evaluation windows and due "
            + "dates, expected payments, survey and exams. An entry keeps its UID; a move or cancellation raises its "
            + "SEQUENCE.";
    static final String TOKEN = "The token of the feed URL (43 characters, base64url)";

    static final String FEED_LINK = """
            {"url":"https://api.mentorship.example.org/api/v1/me/calendar.ics?token=q3JzXK1m0vYbWw0f6r2cQe8tLh4nS9aPZyD7uV5xG1E",
             "createdAt":"2027-01-10T09:00:00Z"}""";
    static final String ICS = "BEGIN:VCALENDAR\r\n"
            + "PRODID:-//Mentorship program//Calendar feed//EN\r\n"
            + "VERSION:2.0\r\n"
            + "CALSCALE:GREGORIAN\r\n"
            + "METHOD:PUBLISH\r\n"
            + "X-WR-CALNAME:Mentorship program\r\n"
            + "BEGIN:VEVENT\r\n"
            + "UID:evaluation-9b2f7c1e-4a6d-4f3b-8e2a-1c5d7e9f0a12-1@mentorship\r\n"
            + "DTSTAMP:20270110T090000Z\r\n"
            + "SEQUENCE:1\r\n"
            + "DTSTART:20270315T000000Z\r\n"
            + "SUMMARY:Evaluation 1 due: Improve the CLI docs\r\n"
            + "DESCRIPTION:Evaluation 1 of the mentorship is due. A later submission is a\r\n"
            + " ccepted and marked late.\r\n"
            + "CATEGORIES:EVALUATION_DUE\r\n"
            + "STATUS:CONFIRMED\r\n"
            + "TRANSP:TRANSPARENT\r\n"
            + "END:VEVENT\r\n"
            + "END:VCALENDAR\r\n";

    private CalendarDocs() {}
}
