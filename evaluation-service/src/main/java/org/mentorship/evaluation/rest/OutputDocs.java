package org.mentorship.evaluation.rest;

/** The program output's operation descriptions and problem examples (kept out of the resource). */
final class OutputDocs {

    static final String GET_SUMMARY = "A mentorship's program output";
    static final String GET =
            "The mentee's work-product link and final report, whether a mentor confirmed them, and the window in which "
                    + "they change (the final evaluation's).";

    static final String PUT_SUMMARY = "Submit the program output (the mentee)";
    static final String PUT = "The mentee of the mentorship submits or changes the work-product link (https) and a "
            + "final report of at most 4000 characters, from the final evaluation's window opening (7 days before it "
            + "is due) until that evaluation is submitted. A change takes a mentor's confirmation away. A confirmed "
            + "output travels in MentorshipCompleted and is named on the Letter of Completion; it is not a condition "
            + "of completion.";
    static final String PUT_422 =
            "work-product-url-invalid (not an https link), final-report-invalid, output-window-not-open";

    static final String CONFIRM_SUMMARY = "Confirm the program output (a mentor)";
    static final String CONFIRM = "A mentor of the mentorship (never its mentee) confirms the output as it is now, in "
            + "the same window. Confirming again changes nothing; a later change by the mentee needs a new "
            + "confirmation.";

    static final String URL_INVALID = """
            {"type":"https://mentorship.example.org/problems/work-product-url-invalid","title":"Not an https link",
             "status":422,"detail":"The work product is an https link of at most 2000 characters"}""";
    static final String NOT_OPEN = """
            {"type":"https://mentorship.example.org/problems/output-window-not-open",
             "title":"The program output is not open yet","status":422,
             "detail":"The program output is submitted from 2026-05-23T00:00:00Z on (the final evaluation's window)"}""";
    static final String CLOSED = """
            {"type":"https://mentorship.example.org/problems/output-window-closed",
             "title":"The program output is closed","status":409,
             "detail":"The final evaluation was submitted on 2026-05-28T09:00:00Z; the program output no longer changes"}""";
    static final String MISSING = """
            {"type":"https://mentorship.example.org/problems/output-missing","title":"No program output","status":409,
             "detail":"The mentee has not submitted a program output yet"}""";
    static final String FORBIDDEN = """
            {"type":"https://mentorship.example.org/problems/forbidden","title":"Forbidden","status":403,
             "detail":"Only the mentee of mentorship 5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e submits its program output"}""";
    static final String NOT_FOUND = """
            {"type":"https://mentorship.example.org/problems/not-found","title":"Not found","status":404,
             "detail":"Mentorship 5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e does not exist"}""";

    private OutputDocs() {}
}
