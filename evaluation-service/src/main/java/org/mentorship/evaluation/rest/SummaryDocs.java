package org.mentorship.evaluation.rest;

/** The long OpenAPI texts of the Summary operations, referenced from their annotations. */
final class SummaryDocs {

    public static final String GET_EVALUATION_SUMMARY = """
            Mentee: their mentorship, next evaluation, tasks. Mentor: evaluations to submit, tasks. Coordinator: \
            mentorships by status, overdue evaluations. Others: {}.""";

    public static final String EXPORT_MENTORSHIPS = """
            The coordinator's GET /api/v1/mentorships (the same mentorships, in the same order: newest first, then by \
            id) as text/csv, every mentorship, not a page: written while it is read, in chunks. Per evaluation number \
            (1 to 4) its outcome and submission time: PASS or FAIL once submitted, UNDER_REVIEW while a FAIL is \
            reviewed, empty while scheduled or reopened. Mentor ids are separated by ';'. Text a spreadsheet would run \
            as a formula is prefixed with a quote. organization narrows it to one organisation; an org-admin exports \
            her organisations' only (another organisation: 404).""";

    public static final String GET_MENTORSHIP_STATISTICS = """
            Per project of the term: mentorships, how many are active (ACTIVE or EXTENDED), completed and \
            terminated; the completion and termination rates of those that ended (null while none has); the mean \
            scores of the final (SUBMITTED) evaluations (an evaluation under review or reopened is not counted). An \
            unknown term has no projects. organizations: the same per organisation (its projects taken together, \
            means over all its final evaluations). organization narrows both to one organisation; an org-admin reads \
            her organisations' only (another organisation: 404).""";

    public static final String END_MENTORSHIP = """
            Ends the mentorship early and publishes MentorshipTerminated with the reason. settlement CANCEL_UNPAID \
            (the default) cancels every unpaid installment; PAY_EARNED ("terminate and pay the earned installment") \
            names earnedEvaluation, a submitted (or reviewed, or under review) evaluation of this mentorship not \
            beyond the last evaluation that was due, whose installment stipend-service still pays.""";

    private SummaryDocs() {}
}
