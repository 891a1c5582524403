package org.mentorship.application.rest;

/** What the people operations (profile, personal data, erasure) document at length, kept out of the annotations. */
final class PeopleDocs {

    static final String PROFILE = "Any role. Replaces my settings: timeZone is an IANA zone (422 unknown-time-zone);"
            + " channels maps a notice kind to email, phone or feed (422 unknown-notice-kind, unknown-channel), a kind"
            + " not named goes by email. Every notice lands in my feed; feed means nothing else, but decisions,"
            + " evaluation results and payments are mailed whatever I chose. phone is offered for decision only (a"
            + " coordinator calls; 422 phone-not-offered) and needs the phone number of my applicant profile (422"
            + " phone-required). The applicant profile's timeZone and preferredContact (decision's channel) are these"
            + " same settings: the later write wins. A refused change changes nothing.";
    static final String DATA = "Any role: my person settings, my applicant profile, my applications with their"
            + " prerequisite progress, contract signature, e-mails and result calls, my notices, and my erasure"
            + " request if I made one. Deadlines also in my time zone. Reached by the gateway's GET /api/v1/me/export.";
    static final String ERASE = "Records my request to be forgotten and carries out application-service's part at"
            + " once: my applicant name, e-mail, phone and free texts become the pseudonym erased-<first 8 of the"
            + " request id>, my settings and notices are dropped, and PersonErased tells the other services, which do"
            + " their part when it reaches them (hence 202). Kept: ids, statuses, dates and the signed contract"
            + " (evidence of the agreement payments were made under). Refused (409 erasure-not-now) while I am an"
            + " accepted mentee whose mentorship is not over. Asking again answers the first record; nothing changes.";
    static final String ERASURE_REQUESTS =
            "Every erasure, newest first: asked by the person (PERSON) or done by retention (RETENTION).";

    private PeopleDocs() {}
}
