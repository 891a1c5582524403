package org.mentorship.application.rest;

import org.mentorship.application.policy.ApplyingPolicy;

/** What the application operations document at length: their descriptions, kept out of the annotations. */
final class ApplicationDocs {

    static final String APPLY = "While the term takes applications (409 term-closed); once per project (409 "
            + "already-applied); at most "
            + ApplyingPolicy.DEFAULT_MAX_PER_TERM
            + " per term by default (409 application-limit-reached); needs a profile (422 "
            + "profile-required). Nobody applies in a term where they mentor a project (409 mentor-in-term). When "
            + "the term has eligibility rules, the applicant's answer is checked: a refusing rule is 422 "
            + "not-eligible (the detail names the rule: minimum-hours, minimum-age), no answer yet is 422 "
            + "eligibility-unanswered, and the flag rules met (stipend-country, other-commitments) are in "
            + "eligibilityFlags for coordinators and the project's mentors. Publishes ApplicationSubmitted.";

    static final String WITHDRAW = "While SUBMITTED or WAITLISTED, or ACCEPTED before onboarding completes "
            + "(declining the offer frees the slot); otherwise 409 application-not-open. Publishes "
            + "ApplicationWithdrawn. A freed slot is offered in the same transaction to the first WAITLISTED "
            + "application of the project (before the program starts): it is ACCEPTED as by a coordinator "
            + "(ApplicationAccepted, onboarding, the acceptance notice), its history saying \"offered the freed slot\".";

    static final String DECIDE = "Accepting needs every prerequisite approved (422 prerequisites-incomplete), the "
            + "review minimum passed unless overrideReason is given (422 "
            + "review-minimum-not-reached), the review period still running (409 "
            + "review-period-ended), a free slot (409 no-free-slot) and no other acceptance of the "
            + "applicant in the term (409 already-accepted-in-term), unless she ranked this application "
            + "higher (preferenceRank) than the accepted one and that one is not onboarded: then it is "
            + "released (WITHDRAWN, \"accepted by a project of higher preference\") and its slot offered to "
            + "its waitlist. Accepting withdraws the applicant's other open applications of the term except "
            + "those she ranked higher. Rejecting needs a reason (422 reason-required). "
            + "The applicant is notified by email or a call task. WAITLIST puts a SUBMITTED application "
            + "(409 application-not-open otherwise) on the project's waitlist under the rules of an acceptance "
            + "except the free slot; the waitlist's order is the order of waitlisting, and its first is accepted "
            + "when an accepted applicant of the project withdraws. No event and no notice: the applicant sees "
            + "WAITLISTED. A WAITLISTED application can still be accepted or rejected; it is closed as not "
            + "selected when the term's program starts.";

    static final String SCREEN = "For an open (SUBMITTED) application, 409 application-not-open otherwise. It is "
            + "rejected with the verdict and reason (422 reason-required without one), kept in its history as "
            + "\"spam: ...\" or \"ineligible: ...\"; publishes ApplicationRejected. INELIGIBLE tells the applicant "
            + "as every rejection does; SPAM is not answered (no mail, call or notice: a reply would confirm a live "
            + "address and tell the sender what was caught). Nobody screens their own application (403 "
            + "self-dealing) nor, as a co-mentor, a co-mentor's (403 co-mentor-conflict).";

    private ApplicationDocs() {}
}
