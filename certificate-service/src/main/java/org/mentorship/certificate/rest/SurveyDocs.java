package org.mentorship.certificate.rest;

/** The long OpenAPI texts of the Survey operations, referenced from their annotations. */
final class SurveyDocs {

    public static final String GET_SURVEY_ANSWER = """
            The mentee's own, or any for a coordinator. Mentors never see an individual answer (they see \
            aggregated results without free text), whatever other roles their token holds: another mentee's \
            answer is not found.""";

    public static final String GET_SURVEY_RESULTS = """
            Coordinators: all answers (or one project's), free texts listed without who wrote them. Mentors: \
            only projects they mentor (projectId required), no free text, and only the number of responses while \
            it is under mentorship.certificate.survey.mentor-minimum-responses (3; withheldBelow says so).""";

    private SurveyDocs() {}
}
