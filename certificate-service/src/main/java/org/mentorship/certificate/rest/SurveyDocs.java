package org.mentorship.certificate.rest;

/** The long OpenAPI texts and examples of the Survey operations, referenced from their annotations. */
final class SurveyDocs {

    public static final String GET_SURVEY_ANSWER = """
            The mentee's own, or any for a coordinator. Mentors never see an individual answer (they see \
            aggregated results without free text), whatever other roles their token holds: another mentee's \
            answer is not found.""";

    public static final String GET_SURVEY_RESULTS = """
            Coordinators: all answers (or one project's), free texts listed without who wrote them. Mentors: \
            only projects they mentor (projectId required), no free text, and only the number of responses while \
            it is under mentorship.certificate.survey.mentor-minimum-responses (3; withheldBelow says so).""";

    public static final String PUBLISH_SURVEY_PUBLISHED = """
            {"title":"End of program feedback","questions":[
              {"key":"mentor-support","text":"How well did your mentor support you?","kind":"RATING","required":true},
              {"key":"next-step","text":"What will you do next?","kind":"CHOICE","options":["keep contributing","apply again","other"],"required":true},
              {"key":"comments","text":"Anything else?","kind":"TEXT","required":false}]}""";

    public static final String ANSWER_SURVEY_ANSWER = """
            {"id":"9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a","mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e",
             "menteeId":"mentee-ana-okafor","surveyVersionId":"4c3b2a19-0f8e-4d7c-9b6a-5e4d3c2b1a09",
             "answers":{"mentor-support":9,"next-step":"keep contributing","comments":"Great program"},
             "submittedAt":"2026-05-30T08:00:00Z"}""";

    public static final String ANSWER_SURVEY_SURVEY_NOT_OPEN = """
            {"type":"https://mentorship.example.org/problems/survey-not-open","title":"Survey not open yet","status":409,
             "detail":"The feedback survey opens once the final evaluation of mentorship 5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e passed"}""";

    public static final String ANSWER_SURVEY_INVALID_SURVEY_ANSWER = """
            {"type":"https://mentorship.example.org/problems/invalid-survey-answer","title":"Invalid survey answer",
             "status":422,"detail":"'mentor-support' must be a whole number from 0 to 10"}""";

    private SurveyDocs() {}
}
