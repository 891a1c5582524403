package org.mentorship.stipend.rest;

/** The long descriptions of the StipendPlanResource operations, out of the annotations (the OpenAPI document reads them). */
final class StipendPlanDocs {

    static final String CREATE_STIPEND_PLAN =
            "Adds the project's next plan revision. Agreements already made keep their revision; onboardings that waited for a plan are applied now. Accepts an Idempotency-Key: the same key replays the first answer.";

    private StipendPlanDocs() {}
}
