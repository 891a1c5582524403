package org.mentorship.evaluation.rest;

/** The long OpenAPI texts of the Evaluation operations, referenced from their annotations. */
final class EvaluationDocs {

    public static final String SUBMIT_EVALUATION = """
            Inside the window (opens 7 days before the due date; late is accepted and flagged), after the \
            previous evaluation passed. PASS publishes EvaluationPassed (and may complete the mentorship). FAIL is \
            UNDER_REVIEW until reviewEndsAt (mentorship.evaluation.fail-review-days after the submission, default 7): \
            the mentee may appeal, a coordinator confirms or overturns it, an unappealed one is confirmed when the \
            window ends; only then EvaluationFailed follows and the mentorship terminates (or, overturned, \
            EvaluationPassed). With 0 days a FAIL is final at once. EXTEND (extensionWeeks 1 to 5, at most 5 in \
            total) moves this and every later due date and publishes MentorshipExtended. Locked once submitted. \
            A coordinator submits on behalf of an absent mentor with onBehalfOfMentor: true and onBehalfReason \
            (kept on the evaluation and in its history), never for her own mentorship.""";

    public static final String APPEAL = """
            The mentee of the mentorship, once, before reviewEndsAt. The statement is kept and shown to the \
            mentee, the mentors and coordinators; a coordinator then decides the review.""";

    public static final String MENTEE_FEEDBACK = """
            The mentee of the mentorship, once per evaluation, from the evaluation's window on: the mentor's \
            support (1 to 5), the hours she worked, an optional comment. Read by coordinators and herself \
            (menteeFeedback on the evaluation), never by a mentor of the mentorship; in her GET /api/v1/me/data; \
            pseudonymised when she is erased.""";

    public static final String REVIEW = """
            A coordinator who is neither the mentee nor a mentor of the mentorship, nor the one who submitted the \
            FAIL (on behalf), decides a FAIL under review, with or without an appeal, inside the window or after \
            it. CONFIRM: the FAIL is final, EvaluationFailed follows and the mentorship terminates. OVERTURN: the \
            evaluation becomes a PASS (the reviewer and reason are kept) and EvaluationPassed follows. \
            TERMINATE_AND_PAY: confirm the end, but pay the installment this evaluation would have earned: the FAIL \
            is final, EvaluationFailed follows and MentorshipTerminated carries settlement PAY_EARNED with this \
            evaluation's number as earnedEvaluation. A reopened evaluation whose outcome so changes publishes \
            EvaluationOutcomeChanged first. An org-admin of the mentorship's organisation decides as a coordinator \
            does; another organisation's evaluation is not found (404).""";

    public static final String SUBMIT_EVALUATION_422 = """
            evaluation-window-not-open; extension-weeks-required, extension-weeks-out-of-range or \
            extension-weeks-unexpected (weeks only with EXTEND); extension-limit-exceeded; on-behalf-reason-required""";

    private EvaluationDocs() {}
}
