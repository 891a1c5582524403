package org.mentorship.evaluation.rest;

/** The long OpenAPI texts of the Plan operations, referenced from their annotations. */
final class PlanDocs {

    public static final String MOVE_TASK = """
            The mentee: TODO -> IN_PROGRESS -> IN_REVIEW (with an evidence link), or back from review; a mentor: \
            IN_REVIEW -> DONE (accept) or IN_PROGRESS (send back).""";

    private PlanDocs() {}
}
