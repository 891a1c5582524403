package org.mentorship.application.rest;

/** What the summary operations document at length: their descriptions, kept out of the annotations. */
final class SummaryDocs {

    static final String SUMMARY = "Mentee: my applications by status and the next step of each open one. Mentor: "
            + "prerequisites awaiting my review. Coordinator: applications by status, open call "
            + "tasks, failed emails. Finance, partner: {}.";

    private SummaryDocs() {}
}
