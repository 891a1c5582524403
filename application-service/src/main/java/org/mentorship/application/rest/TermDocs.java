package org.mentorship.application.rest;

/** What the term operations document at length: their descriptions, kept out of the annotations. */
final class TermDocs {

    static final String UPDATE = "Send the version you read; a stale one is refused (409 stale-write). Once people "
            + "applied, the opening is fixed and the window and review can only be extended (409 "
            + "term-has-applications); once a mentee is onboarded the program dates are fixed (409 "
            + "term-has-mentorships). announceAt (optional, after applicationsCloseAt) holds decisions from applicants "
            + "until then; moving it later moves the held mails, notices and calls with it, moving it to the past (or "
            + "removing it) tells them now; once it has passed it is fixed (409 announcement-made).";

    private TermDocs() {}
}
