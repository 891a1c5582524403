package org.mentorship.application.rest;

/** Example bodies of the organisations, bulk work and reports (issue 18) for the OpenAPI document. */
final class BulkExamples {

    static final String ORGANIZATIONS = """
            {"items":[{"name":"CNCF","projects":3,"terms":[{"termId":"5f0c1b8e-7c2a-4c41-9d0e-2a4f9e1d7b10",
             "termName":"2027 Spring","projects":3,"published":2}]}],"page":0,"size":20,"total":1}""";

    static final String DECISION_BATCH_REQUEST = """
            {"items":[{"applicationId":"3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44","outcome":"ACCEPT","reason":"Strong proposal"},
             {"applicationId":"6d1b2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e","outcome":"WAITLIST"},
             {"applicationId":"8e2c3d4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f","outcome":"REJECT","reason":"Slots are taken"}]}""";

    static final String BATCH = """
            {"done":1,"refused":1,"notFound":1,"items":[
             {"applicationId":"3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44","result":"DONE","status":"ACCEPTED"},
             {"applicationId":"6d1b2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e","result":"REFUSED","problem":
              {"type":"https://mentorship.example.org/problems/application-not-open","title":"Application not open",
               "status":409,"detail":"Application 6d1b2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e is REJECTED"}},
             {"applicationId":"8e2c3d4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f","result":"NOT_FOUND","problem":
              {"type":"https://mentorship.example.org/problems/not-found","title":"Not found","status":404,
               "detail":"Application 8e2c3d4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f does not exist"}}]}""";

    static final String HR_STEP_BATCH_REQUEST = """
            {"step":"tax-form","applicationIds":["3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44",
             "6d1b2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"]}""";

    static final String HR_STEP_BATCH = """
            {"done":1,"refused":1,"notFound":0,"items":[
             {"applicationId":"3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44","result":"DONE","status":"ACCEPTED"},
             {"applicationId":"6d1b2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e","result":"REFUSED","problem":
              {"type":"https://mentorship.example.org/problems/hr-step-done","title":"HR step already done",
               "status":409,"detail":"tax-form was checked off at 2027-03-01T10:00:00Z"}}]}""";

    static final String PROBLEM_BATCH = """
            {"type":"https://mentorship.example.org/problems/batch-invalid","title":"Invalid batch","status":422,
             "detail":"A batch takes at most 200 applications; this one names 250",
             "instance":"/api/v1/applications/decisions"}""";

    static final String APPLICATIONS_CSV = """
            application_id,term_id,term_name,project_id,project_title,organization,applicant_id,applicant_name,status,\
            submitted_at,decided_at,decided_by,decision_reason,recommendation,recommended_by,preference_rank,\
            screening_verdict,eligibility_flags,average_score,review_count,waitlisted_at,mentorship_id
            3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44,5f0c1b8e-7c2a-4c41-9d0e-2a4f9e1d7b10,2027 Spring,\
            0b6f8a64-3c4c-4f55-8a3e-7a9a4b0d1c22,Improve the CLI docs,CNCF,alice,Alice Example,ACCEPTED,\
            2027-01-12T09:00:00Z,2027-02-20T10:00:00Z,cora,Strong proposal,ACCEPT,mia,1,,,8.50,2,,
            """;

    static final String STATISTICS = """
            {"termId":"5f0c1b8e-7c2a-4c41-9d0e-2a4f9e1d7b10","organizations":[{"organization":"CNCF","applications":4,
             "byStatus":{"SUBMITTED":1,"ACCEPTED":1,"REJECTED":1,"WITHDRAWN":0,"ONBOARDED":0,"COMPLETED":0,"GRADUATED":0,
             "ENDED":0,"WAITLISTED":1},"accepted":1,"acceptanceRate":0.2500,"averageScore":7.25,"waitlisted":1,
             "projects":[{"projectId":"0b6f8a64-3c4c-4f55-8a3e-7a9a4b0d1c22","projectTitle":"Improve the CLI docs",
             "slots":1,"applications":4,"byStatus":{"SUBMITTED":1,"ACCEPTED":1,"REJECTED":1,"WITHDRAWN":0,"ONBOARDED":0,
             "COMPLETED":0,"GRADUATED":0,"ENDED":0,"WAITLISTED":1},"accepted":1,"acceptanceRate":0.2500,
             "averageScore":7.25,"waitlisted":1}]}]}""";

    private BulkExamples() {}
}
