package org.mentorship.certificate.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Aggregated answers of one survey version. Free texts are listed for coordinators only, without who wrote them;
 * mentors get their count, and nothing but the number of responses while there are fewer than
 * {@code withheldBelow}.
 */
public record SurveyResults(
        int version,
        String title,
        UUID projectId,
        long responses,
        List<QuestionResult> questions,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer withheldBelow) {

    /** The results with the questions left out: too few answers to show without revealing who gave which. */
    SurveyResults withheld(int minimum) {
        return new SurveyResults(version, title, projectId, responses, List.of(), minimum);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResult(
            String key,
            String text,
            SurveyQuestion.Kind kind,
            long answered,
            Double average,
            Map<String, Long> distribution,
            List<String> texts) {}
}
