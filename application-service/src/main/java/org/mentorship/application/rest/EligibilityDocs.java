package org.mentorship.application.rest;

/** What the eligibility operations document at length: their descriptions, kept out of the annotations. */
final class EligibilityDocs {

    static final String SET_RULES = "The whole set at once; a rule left out is off. The first time without a "
            + "version, afterwards with the version read (409 stale-write, 422 version-required). The rules apply to "
            + "applications submitted from then on (see submitApplication): minHoursPerWeek and over18Required "
            + "refuse them, paidCountries and flagOtherCommitmentsOverHours flag them for their reviewers, and "
            + "applying needs an answer to the questions.";
    static final String GET_RULES = "The questions an applicant answers and the rules on the answers; 404 when the "
            + "term asks none (everyone may apply).";
    static final String ANSWER = "Answered once per person and term: a second answer is refused (409 "
            + "eligibility-already-answered) and the first stands. Every application of mine in the term is judged "
            + "on it. It is personal data: in my export (GET /api/v1/me/data) and deleted when I am erased.";

    private EligibilityDocs() {}
}
