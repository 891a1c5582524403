package org.mentorship.evaluation.rest;

/** The long OpenAPI texts of the Evaluation operations, referenced from their annotations. */
final class EvaluationDocs {

    public static final String SUBMIT_EVALUATION = """
            Inside the window (opens 7 days before the due date; late is accepted and flagged), after the \
            previous evaluation passed. PASS publishes EvaluationPassed (and may complete the mentorship), FAIL \
            publishes EvaluationFailed and terminates it, EXTEND (extensionWeeks 1 to 5, at most 5 in total) \
            moves this and every later due date and publishes MentorshipExtended. Locked once submitted.""";

    public static final String SUBMIT_EVALUATION_422 = """
            evaluation-window-not-open; extension-weeks-required, extension-weeks-out-of-range or \
            extension-weeks-unexpected (weeks only with EXTEND); extension-limit-exceeded""";

    private EvaluationDocs() {}
}
