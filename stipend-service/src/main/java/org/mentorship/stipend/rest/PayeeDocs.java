package org.mentorship.stipend.rest;

/** The long descriptions of the PayeeResource operations, out of the annotations (the OpenAPI document reads them). */
final class PayeeDocs {

    static final String PUT_MY_PAYEE =
            "The account is stored encrypted and answered masked. Installments that waited for these details are scheduled now. "
                    + "Changing the account, method, holder or bank code sends a payment approved for the old details back for approval "
                    + "(SCHEDULED), and asks for a recall of one a payout file already carries (RECALL_REQUESTED), both in the ledger; "
                    + "any change is mailed to the address on record and to the new one (email). "
                    + "The country is where the money goes; it changes no stipend amount (those were fixed at onboarding). "
                    + "There is no tax-form field: the program confirms the tax form (a body with one is 400 unknown-field).";

    static final String CONFIRM_TAX_FORM =
            "For a mentee with a stipend agreement, when the coordinator's tax-form HR step did not confirm it. "
                    + "The first confirmation (HR step or finance) is kept with who and when; confirming again changes nothing "
                    + "and answers the kept one. Not for your own tax form (403 self-dealing).";

    private PayeeDocs() {}
}
