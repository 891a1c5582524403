package org.mentorship.application.rest;

/** What the applicant operations document at length: their descriptions, kept out of the annotations. */
final class ApplicantDocs {

    static final String PUT = "To change an existing profile send the version you read. PHONE as preferred contact "
            + "needs a phone number (422 phone-required); the time zone is an IANA name (422 "
            + "unknown-time-zone).";

    private ApplicantDocs() {}
}
