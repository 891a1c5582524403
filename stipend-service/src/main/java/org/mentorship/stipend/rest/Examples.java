package org.mentorship.stipend.rest;

/** Example bodies for the OpenAPI document. */
final class Examples {

    static final String PLAN_REQUEST = """
            {"projectId":"c2b1a098-7f6e-4d5c-8b4a-3a2918070605","amountMinor":300000,"currency":"USD",
             "installments":[{"number":1,"afterEvaluation":2,"percent":50},{"number":2,"afterEvaluation":null,"percent":50}],
             "countryAdjustments":[{"country":"IN","percent":60}],"floorMinor":150000,"capMinor":300000}""";

    static final String PLAN = """
            {"id":"0b6f3c1e-2d4a-4f5b-9c8d-7e6f5a4b3c2d","projectId":"c2b1a098-7f6e-4d5c-8b4a-3a2918070605","revision":1,
             "amountMinor":300000,"currency":"USD",
             "installments":[{"number":1,"afterEvaluation":2,"percent":50},{"number":2,"afterEvaluation":null,"percent":50}],
             "countryAdjustments":[{"country":"IN","percent":60}],"floorMinor":150000,"capMinor":300000,
             "createdBy":"fiona","createdAt":"2026-02-01T09:00:00Z"}""";

    static final String PAYMENT = """
            {"id":"7d3e2f1a-0b9c-4d8e-a7f6-5e4d3c2b1a09","mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e",
             "installment":1,"evaluationId":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","status":"SCHEDULED",
             "amountMinor":150000,"amount":1500.00,"currency":"USD","expectedOn":"2026-04-15",
             "scheduledAt":"2026-04-15T10:00:00Z","firstApprovedBy":null,"firstApprovedAt":null,"approvedBy":null,"approvedAt":null,"paidAt":null,
             "providerReference":null,"failureReason":null,"attempts":1,"exportBatchId":null,"payout":null,
             "recallRequestedAt":null,"recallReason":null,"paidAfterRecall":false}""";

    static final String PAYMENT_PAID_AFTER_RECALL = """
            {"id":"7d3e2f1a-0b9c-4d8e-a7f6-5e4d3c2b1a09","mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e",
             "installment":1,"evaluationId":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","status":"PAID",
             "amountMinor":150000,"amount":1500.00,"currency":"EUR","expectedOn":"2026-04-15",
             "scheduledAt":"2026-04-15T10:00:00Z","firstApprovedBy":null,"firstApprovedAt":null,
             "approvedBy":"fiona","approvedAt":"2026-04-16T09:00:00Z",
             "paidAt":"2026-04-18T08:00:00Z","providerReference":"PSP-2026-000123","failureReason":null,"attempts":1,
             "exportBatchId":"3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4",
             "payout":{"payoutMethod":"BANK_TRANSFER","accountHolder":"Ana Okafor","accountMasked":"******************3000",
                       "bankCode":"COBADEFFXXX","country":"DE"},
             "recallRequestedAt":"2026-04-17T15:00:00Z","recallReason":"Mentorship terminated: Left the program",
             "paidAfterRecall":true}""";

    static final String PAYMENTS = "[" + PAYMENT + "]";

    static final String PAYEE_REQUEST = """
            {"payoutMethod":"BANK_TRANSFER","accountHolder":"Ana Okafor","account":"DE89370400440532013000",
             "bankCode":"COBADEFFXXX","country":"DE","email":"ana@example.org"}""";

    static final String PAYEE = """
            {"menteeId":"mentee-ana-okafor","payoutMethod":"BANK_TRANSFER","accountHolder":"Ana Okafor",
             "accountMasked":"******************3000","bankCode":"COBADEFFXXX","country":"DE","taxFormReceived":true,
             "taxFormConfirmedBy":"cora","taxFormConfirmedAt":"2026-02-25T09:12:40Z","taxFormSource":"HR_STEP",
             "updatedAt":"2026-03-01T12:00:00Z","email":"ana@example.org"}""";

    static final String TAX_FORM = """
            {"menteeId":"mentee-ana-okafor","confirmedBy":"fiona","confirmedAt":"2026-03-02T10:00:00Z","source":"FINANCE",
             "reference":"Received by post"}""";

    static final String COUNTRY_REQUEST = """
            {"country":"IN","reason":"Residence certificate checked: the contract named the wrong country"}""";

    static final String AGREEMENT_HISTORY = """
            [{"seq":1,"mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e","actor":"system:MenteeOnboarded","at":"2026-02-26T11:40:06Z",
              "reason":"Amounts fixed from plan revision 1 and country DE: installment 1 150000 USD installment 2 150000 USD"}]""";

    static final String AGREEMENT = """
            {"mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e","planId":"0b6f3c1e-2d4a-4f5b-9c8d-7e6f5a4b3c2d",
             "projectId":"c2b1a098-7f6e-4d5c-8b4a-3a2918070605","projectTitle":"Structured logging","termId":"8a7d6c5b-4e3f-4a21-b0c9-d8e7f6a5b4c3",
             "termName":"Spring 2026","menteeId":"mentee-ana-okafor","menteeName":"Ana Okafor","amountMinor":300000,
             "amount":3000.00,"currency":"USD","evaluationCount":3,"programStart":"2026-03-02","programEnd":"2026-05-29",
             "status":"ACTIVE","endedReason":null,"createdAt":"2026-02-26T11:40:06Z","country":"DE",
             "countryVerifiedBy":"system:MenteeOnboarded (signed contract)","countryVerifiedAt":"2026-02-26T11:40:05Z","installments":[
             {"installment":1,"afterEvaluation":2,"percent":50,"status":"PAID","expectedOn":"2026-04-29","amountMinor":150000,
              "paymentId":"7d3e2f1a-0b9c-4d8e-a7f6-5e4d3c2b1a09","scheduledAt":"2026-04-29T10:00:00Z",
              "approvedAt":"2026-04-30T09:00:00Z","paidAt":"2026-05-02T08:00:00Z","cancelledAt":null,"currency":"USD","amount":1500.00},
             {"installment":2,"afterEvaluation":null,"percent":50,"status":"EXPECTED","expectedOn":"2026-05-29","amountMinor":150000,
              "paymentId":null,"scheduledAt":null,"approvedAt":null,"paidAt":null,"cancelledAt":null,"currency":"USD","amount":1500.00}]}""";

    static final String TOTALS = """
            {"items":[{"groupId":"c2b1a098-7f6e-4d5c-8b4a-3a2918070605","currency":"USD","payments":4,"scheduledMinor":150000,
             "approvedMinor":0,"paidMinor":300000,"failedMinor":0,"cancelledMinor":150000,"exportedMinor":0,
             "recallRequestedMinor":0}],"page":0,"size":20,"total":1}""";

    static final String LEDGER = """
            [{"seq":1,"paymentId":"7d3e2f1a-0b9c-4d8e-a7f6-5e4d3c2b1a09","mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e",
              "installment":1,"actor":"system:EvaluationPassed","at":"2026-04-29T10:00:00Z","from":null,"to":"SCHEDULED",
              "amountMinor":150000,"currency":"USD","reason":"Evaluation 2 passed"},
             {"seq":2,"paymentId":"7d3e2f1a-0b9c-4d8e-a7f6-5e4d3c2b1a09","mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e",
              "installment":1,"actor":"fiona","at":"2026-04-30T09:00:00Z","from":"SCHEDULED","to":"APPROVED",
              "amountMinor":150000,"currency":"USD","reason":"Approved by finance"}]""";

    static final String PROBLEM_CONFLICT = """
            {"type":"https://mentorship.example.org/problems/payment-not-scheduled","title":"Only a scheduled payment can be approved",
             "status":409,"detail":"Payment 7d3e2f1a-0b9c-4d8e-a7f6-5e4d3c2b1a09 is APPROVED","instance":"/api/v1/payments/7d3e2f1a-0b9c-4d8e-a7f6-5e4d3c2b1a09/approve"}""";

    static final String PROBLEM_NOT_FOUND = """
            {"type":"https://mentorship.example.org/problems/not-found","title":"Not found","status":404,
             "detail":"Stipend agreement 5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e does not exist"}""";

    static final String CALLBACK = """
            {"endToEndId":"7d3e2f1a0b9c4d8ea7f65e4d3c2b1a09-1","outcome":"PAID","reference":"PSP-2026-000123"}""";

    static final String CALLBACK_FAILED = """
            {"endToEndId":"7d3e2f1a0b9c4d8ea7f65e4d3c2b1a09-1","outcome":"FAILED","reason":"IBAN closed"}""";

    static final String PROBLEM_STALE_CALLBACK = """
            {"type":"https://mentorship.example.org/problems/stale-callback","title":"Callback outside the time tolerance",
             "status":401,"detail":"webhook-timestamp is more than 5 minutes from now (Message timestamp too old); a replayed or delayed callback is refused"}""";

    static final String PROBLEM_BAD_SIGNATURE = """
            {"type":"https://mentorship.example.org/problems/bad-signature","title":"Bad signature","status":401,
             "detail":"The webhook-id, webhook-timestamp and webhook-signature headers are missing or do not match the body (No matching signature found)"}""";

    static final String PROBLEM_RAIL_UNSUPPORTED = """
            {"type":"https://mentorship.example.org/problems/payout-rail-unsupported","title":"Payout rail not in a SEPA file",
             "status":422,"detail":"A pain.001 file pays bank transfers to an IBAN only; these approved payments are not: 7d3e2f1a-0b9c-4d8e-a7f6-5e4d3c2b1a09 (PAYPAL). Nothing was exported: export as CSV (every payout method), or have the payee give an IBAN and approve again.",
             "instance":"/api/v1/payments/export"}""";

    static final String PROBLEM_NOTHING_TO_EXPORT = """
            {"type":"https://mentorship.example.org/problems/nothing-to-export","title":"Nothing to export","status":422,
             "detail":"No approved payment is waiting for a payout file","instance":"/api/v1/payments/export"}""";

    static final String PAIN001 = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
                <CstmrCdtTrfInitn>
                    <GrpHdr>
                        <MsgId>3f2a9c1e5b7d4e8fa0b1c2d3e4f5a6b7</MsgId>
                        <CreDtTm>2026-04-30T09:15:00+00:00</CreDtTm>
                        <NbOfTxs>1</NbOfTxs>
                        <CtrlSum>1500.00</CtrlSum>
                        <InitgPty><Nm>Mentorship Program</Nm></InitgPty>
                    </GrpHdr>
                    <PmtInf>
                        <PmtInfId>3f2a9c1e5b7d4e8fa0b1c2d3e4f5a6-1</PmtInfId>
                        <PmtMtd>TRF</PmtMtd>
                        <NbOfTxs>1</NbOfTxs>
                        <CtrlSum>1500.00</CtrlSum>
                        <ReqdExctnDt><Dt>2026-04-30</Dt></ReqdExctnDt>
                        <Dbtr><Nm>Mentorship Program</Nm></Dbtr>
                        <DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct>
                        <DbtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></DbtrAgt>
                        <CdtTrfTxInf>
                            <PmtId>
                                <InstrId>7d3e2f1a0b9c4d8ea7f65e4d3c2b1a09-1</InstrId>
                                <EndToEndId>7d3e2f1a0b9c4d8ea7f65e4d3c2b1a09-1</EndToEndId>
                            </PmtId>
                            <Amt><InstdAmt Ccy="EUR">1500.00</InstdAmt></Amt>
                            <CdtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></CdtrAgt>
                            <Cdtr><Nm>Ana Okafor</Nm><PstlAdr><Ctry>DE</Ctry></PstlAdr></Cdtr>
                            <CdtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></CdtrAcct>
                            <RmtInf><Ustrd>Stipend installment 1 Apache Example</Ustrd></RmtInf>
                        </CdtTrfTxInf>
                    </PmtInf>
                </CstmrCdtTrfInitn>
            </Document>
            """;

    static final String CSV = """
            payment_id,mentorship_id,installment,mentee_id,account_holder,payout_method,account,bank_code,country,amount,currency,expected_on,end_to_end_id
            7d3e2f1a-0b9c-4d8e-a7f6-5e4d3c2b1a09,5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e,1,mentee-ana-okafor,Ana Okafor,BANK_TRANSFER,DE89370400440532013000,COBADEFFXXX,DE,1500.00,EUR,2026-04-29,7d3e2f1a0b9c4d8ea7f65e4d3c2b1a09-1
            """;

    static final String PAYMENTS_CSV = """
            payment_id,mentorship_id,installment,status,amount_minor,amount,currency,expected_on,scheduled_at,first_approved_by,approved_by,approved_at,paid_at,provider_reference,failure_reason,attempts,export_batch_id,payout_method,account_holder,account_masked,bank_code,payout_country,recall_requested_at,recall_reason,paid_after_recall
            7d3e2f1a-0b9c-4d8e-a7f6-5e4d3c2b1a09,5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e,1,APPROVED,150000,1500.00,EUR,2026-04-29,2026-04-29T10:00:00Z,,fiona,2026-04-30T09:00:00Z,,,,1,,BANK_TRANSFER,Ana Okafor,******************3000,COBADEFFXXX,DE,,,false
            """;

    static final String APPROVAL_BATCH_REQUEST = """
            {"paymentIds":["7d3e2f1a-0b9c-4d8e-a7f6-5e4d3c2b1a09","2f4e6a8c-1b3d-4f5a-9c7e-0d2b4f6a8c1e",
             "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"],"note":"April installments, checked against the evaluations"}""";

    static final String APPROVAL_BATCH = """
            {"approved":1,"firstApprovals":0,"refused":1,"notFound":1,"items":[
             {"paymentId":"7d3e2f1a-0b9c-4d8e-a7f6-5e4d3c2b1a09","result":"APPROVED","status":"APPROVED"},
             {"paymentId":"2f4e6a8c-1b3d-4f5a-9c7e-0d2b4f6a8c1e","result":"REFUSED","problem":
              {"type":"https://mentorship.example.org/problems/payment-not-scheduled","title":"Only a scheduled payment can be approved",
               "status":409,"detail":"Payment 2f4e6a8c-1b3d-4f5a-9c7e-0d2b4f6a8c1e is APPROVED"}},
             {"paymentId":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","result":"NOT_FOUND","problem":
              {"type":"https://mentorship.example.org/problems/not-found","title":"Not found","status":404,
               "detail":"Payment 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d does not exist"}}]}""";

    static final String PROBLEM_APPROVAL_BATCH = """
            {"type":"https://mentorship.example.org/problems/approval-batch-invalid","title":"Invalid approval batch",
             "status":422,"detail":"Name each payment once; named more than once: 7d3e2f1a-0b9c-4d8e-a7f6-5e4d3c2b1a09",
             "instance":"/api/v1/payments/approvals"}""";

    static final String STATISTICS = """
            {"termId":"8a7d6c5b-4e3f-4a21-b0c9-d8e7f6a5b4c3","currencies":[
             {"currency":"EUR","paid":{"payments":12,"amountMinor":1800000,"amount":18000.00},
              "approvedUnpaid":{"payments":3,"amountMinor":450000,"amount":4500.00}},
             {"currency":"USD","paid":{"payments":4,"amountMinor":600000,"amount":6000.00},
              "approvedUnpaid":{"payments":0,"amountMinor":0,"amount":0.00}}],
             "organizations":[{"organization":"Cloud Native Storage Foundation","currencies":[
              {"currency":"EUR","paid":{"payments":12,"amountMinor":1800000,"amount":18000.00},
               "approvedUnpaid":{"payments":3,"amountMinor":450000,"amount":4500.00}}]}]}""";

    static final String SUMMARY_MENTEE = """
            {"role":"mentee","agreements":1,"nextInstallment":{"installment":2,"expectedOn":"2026-05-29","amountMinor":150000,"currency":"USD"},
             "paid":[{"currency":"USD","amountMinor":150000}]}""";

    private Examples() {}
}
