package org.mentorship.certificate.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.certificate.model.SurveyAnswer;
import org.mentorship.certificate.model.SurveyVersion;
import org.mentorship.certificate.service.SurveyQuestion;

/** Requests and responses of the survey endpoints. */
public final class SurveyDtos {

    public record Question(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9-]*")
            String key,

            @NotBlank @Size(max = 500) String text,
            @NotNull SurveyQuestion.Kind kind,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> options,
            boolean required) {
        SurveyQuestion toQuestion() {
            return new SurveyQuestion(key, text.strip(), kind, options == null ? List.of() : options, required);
        }
    }

    public record PublishSurvey(
            @NotBlank @Size(max = 300) String title,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull Question> questions) {}

    public record Version(UUID id, int version, String title, List<SurveyQuestion> questions, Instant createdAt) {
        static Version of(SurveyVersion v, List<SurveyQuestion> questions) {
            return new Version(v.id, v.version, v.title, questions, v.createdAt);
        }
    }

    /** The mentee's answers: question key -> 0..10 (rating), an option (choice) or text. version defaults to the current. */
    public record SubmitAnswer(
            @NotNull UUID mentorshipId,
            Integer version,

            @Schema(
                    required = true,
                    description =
                            "question key -> answer: 0..10 for a rating, one of the options for a choice, text for a text question (an array is refused)")
            @NotNull
            ObjectNode answers) {}

    public record Answer(
            UUID id,
            UUID mentorshipId,
            String menteeId,
            UUID surveyVersionId,

            @Schema(description = "question key -> the answer given")
            JsonNode answers,

            Instant submittedAt) {
        static Answer of(SurveyAnswer a, JsonNode answers) {
            return new Answer(a.id, a.mentorshipId, a.menteeId, a.surveyVersionId, answers, a.submittedAt);
        }
    }

    private SurveyDtos() {}
}
