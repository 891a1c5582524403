package org.mentorship.certificate.rest;

/** The long OpenAPI texts and examples of the Summary operations, referenced from their annotations. */
final class SummaryDocs {

    public static final String GET_CERTIFICATE_SUMMARY_MENTEE = """
            {"completions":[{"mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e","projectTitle":"Add structured logging",
              "status":"OPEN","missing":["Feedback survey answered"],"surveyOpen":true}],"certificates":[]}""";

    public static final String GET_CERTIFICATE_SUMMARY_COORDINATOR = """
            {"openCompletions":12,"certifiedCompletions":30,"closedCompletions":2,"waitingForExamOrSurvey":3,
             "validCertificates":29,"revokedCertificates":1}""";

    private SummaryDocs() {}
}
