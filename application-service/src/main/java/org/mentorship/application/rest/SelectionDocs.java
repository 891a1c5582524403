package org.mentorship.application.rest;

/** What the selection operations (issue 18) document at length: their descriptions, kept out of the annotations. */
final class SelectionDocs {

    static final String RANK = "My order of my applications of the term (first = first choice): it must name every "
            + "application of mine in the term that is not withdrawn, each once (422 preferences-mismatch). A later "
            + "PUT replaces the order. Each application then shows its preferenceRank to me, coordinators and the "
            + "project's mentors; it is in my export (GET /api/v1/me/data).";
    static final String PREFERENCES =
            "My applications of the term that are not withdrawn, in my order (unranked " + "ones last, by submission).";
    static final String SET_RUBRIC = "The whole rubric at once: criteria in order, each with a key (what scores "
            + "name), a label and its most points (1-100). The first time without a version, afterwards with the "
            + "version read (409 stale-write, 422 version-required). Fixed once an application of the project is "
            + "scored (409 rubric-in-use); at least one criterion, no key twice (422 invalid-rubric).";
    static final String GET_RUBRIC = "What the project's applications are scored on; 404 when it has no rubric "
            + "(or the project is not published and the caller is no coordinator).";
    static final String SCORE = "A mentor of the project scores the open application on every criterion of its "
            + "rubric, each 0 to the criterion's maximum (422 invalid-scores; 409 no-rubric before a rubric is set). "
            + "One score set per reviewer: a later PUT replaces mine, until the application is decided (409 "
            + "application-not-open). Mentors of other projects get 403, mentees 404; nobody scores their own "
            + "application (403 self-dealing) nor a co-mentor's (403 co-mentor-conflict). The comment is mine: in "
            + "my export (GET /api/v1/me/data).";
    static final String SCORES = "A coordinator reads every reviewer's score set and the averages per criterion "
            + "and of the totals; a mentor of the project reads only her own (reviews stay independent), the "
            + "applicant nothing (404).";

    private SelectionDocs() {}
}
