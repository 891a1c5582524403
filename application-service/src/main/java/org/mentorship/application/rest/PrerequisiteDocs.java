package org.mentorship.application.rest;

/** What the prerequisite operations document at length: their descriptions, kept out of the annotations. */
final class PrerequisiteDocs {

    static final String SUBMIT = "Until the review period ends (409 review-period-ended); not once approved (409 "
            + "prerequisite-already-approved); LINK tasks need an http(s) link (422 "
            + "evidence-not-a-link).";

    private PrerequisiteDocs() {}
}
