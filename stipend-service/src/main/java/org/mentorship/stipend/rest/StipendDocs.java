package org.mentorship.stipend.rest;

/** The long descriptions of the StipendResource operations, out of the annotations (the OpenAPI document reads them). */
final class StipendDocs {

    static final String GET_MY_STIPENDS =
            "Each of my agreements with every installment: expected, scheduled, approved, paid (or cancelled), with dates and amounts. "
                    + "Each installment's amount and currency were fixed when I was onboarded, from the plan and the country on my signed contract; my payee details never change them.";

    static final String GET_STIPEND_TOTALS =
            "by=mentorship|project|term (default project), optionally within one project and/or term. Sums by status in minor units, one row per group and currency.";

    static final String GET_STIPEND_STATISTICS =
            "Of the agreements of one term (termId; the term each agreement was onboarded in) or, without termId, of the "
                    + "whole program. Per currency: paid (status PAID) and approvedUnpaid (APPROVED, EXPORTED, "
                    + "RECALL_REQUESTED or FAILED: approved, the money not confirmed out), each the number of payments and "
                    + "their stored amounts summed (amountMinor, and amount at the currency's scale). Currencies are never "
                    + "added together; a currency with neither is left out; an unknown term has no currencies. "
                    + "Sums by every status: getStipendTotals. organizations: the same per organisation (agreements "
                    + "onboarded before organisations were kept have none and are in no organisation's row). "
                    + "organization narrows both to one organisation; an org-admin reads her organisations' only "
                    + "(another organisation: 404).";

    static final String REVERIFY_STIPEND_COUNTRY =
            "Recomputes the installments nobody approved yet (no payment, or a SCHEDULED one; a first approval of a "
                    + "changed payment is withdrawn); approved, exported, paid and cancelled installments keep their amounts. "
                    + "Recorded in the agreement's history and in the ledger of each payment changed. Not for your own stipend (403 self-dealing).";

    private StipendDocs() {}
}
