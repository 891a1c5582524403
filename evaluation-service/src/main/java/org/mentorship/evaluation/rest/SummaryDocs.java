package org.mentorship.evaluation.rest;

/** The long OpenAPI texts of the Summary operations, referenced from their annotations. */
final class SummaryDocs {

    public static final String GET_EVALUATION_SUMMARY = """
            Mentee: their mentorship, next evaluation, tasks. Mentor: evaluations to submit, tasks. Coordinator: \
            mentorships by status, overdue evaluations. Others: {}.""";

    private SummaryDocs() {}
}
