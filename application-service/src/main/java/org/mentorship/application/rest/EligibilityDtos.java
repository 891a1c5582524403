package org.mentorship.application.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.application.model.EligibilityAnswer;
import org.mentorship.application.model.EligibilityRules;
import org.mentorship.application.service.EligibilityService;

/** Request and response bodies of /api/v1/terms/{termId}/eligibility-rules and /eligibility. */
public final class EligibilityDtos {

    private static final String ALPHA_2 = "[A-Za-z]{2}";

    @Schema(
            name = "EligibilityRulesRequest",
            description = "A term's eligibility rules, all at once. A rule left out (null, or no countries) is off. "
                    + "minHoursPerWeek and over18Required refuse an application (422 not-eligible); paidCountries "
                    + "and flagOtherCommitmentsOverHours flag it for its reviewers.")
    public record RulesRequest(
            @Schema(description = "Applicants answering fewer hours a week are refused (rule minimum-hours)")
            @Min(0)
            @Max(168)
            Integer minHoursPerWeek,

            @Schema(description = "Only applicants over 18 may apply (rule minimum-age)") @NotNull
            Boolean over18Required,

            @Schema(
                    description = "ISO 3166-1 alpha-2 countries where a stipend can be paid; an applicant elsewhere "
                            + "may apply, flagged stipend-country")
            @Size(max = 250)
            List<@NotNull @Pattern(regexp = ALPHA_2) String> paidCountries,

            @Schema(description = "More hours a week of other commitments than this flags other-commitments")
            @Min(0)
            @Max(168)
            Integer flagOtherCommitmentsOverHours,

            @Schema(description = "The version read; required once the term has rules")
            Long version) {

        EligibilityService.RuleFields fields() {
            return new EligibilityService.RuleFields(
                    minHoursPerWeek,
                    over18Required,
                    paidCountries == null ? List.of() : paidCountries,
                    flagOtherCommitmentsOverHours);
        }
    }

    @Schema(name = "EligibilityQuestion", description = "One question an applicant answers (a field of the answer)")
    public record QuestionDto(
            @Schema(description = "The answer's field") String field,

            @Schema(description = "The answer's JSON kind: integer, string or boolean")
            String answerFormat,

            boolean required,
            String text) {}

    /** The questions every term with rules asks (the rules decide what the answers lead to). */
    static final List<QuestionDto> QUESTIONS = List.of(
            new QuestionDto("hoursPerWeek", "integer", true, "How many hours a week can you give the project?"),
            new QuestionDto("otherCommitments", "string", false, "What else will you be doing during the program?"),
            new QuestionDto("otherCommitmentHours", "integer", false, "How many hours a week do those take?"),
            new QuestionDto("over18", "boolean", true, "Are you over 18?"),
            new QuestionDto("country", "string", true, "Where do you live (ISO 3166-1 alpha-2)?"));

    @Schema(name = "EligibilityRules", description = "A term's eligibility questions and rules")
    public record RulesDto(
            UUID termId,
            Integer minHoursPerWeek,
            boolean over18Required,
            List<String> paidCountries,
            Integer flagOtherCommitmentsOverHours,
            List<QuestionDto> questions,
            Instant changedAt,
            long version) {
        static RulesDto of(EligibilityRules r) {
            return new RulesDto(
                    r.termId,
                    r.minHoursPerWeek,
                    r.adultsOnly,
                    List.copyOf(r.paidCountries),
                    r.flagOtherCommitmentsOverHours,
                    QUESTIONS,
                    r.changedAt,
                    r.version);
        }
    }

    @Schema(name = "EligibilityAnswerRequest", description = "My answer to a term's questions; given once")
    public record AnswerRequest(
            @NotNull @Min(0) @Max(168) Integer hoursPerWeek,
            @Size(max = 2000) String otherCommitments,

            @Schema(description = "Hours a week of the other commitments; 0 when left out") @Min(0) @Max(168)
            Integer otherCommitmentHours,

            @NotNull Boolean over18,

            @Schema(description = "ISO 3166-1 alpha-2, e.g. DE") @NotNull @Pattern(regexp = ALPHA_2)
            String country) {

        EligibilityService.AnswerFields fields() {
            return new EligibilityService.AnswerFields(
                    hoursPerWeek,
                    otherCommitments,
                    otherCommitmentHours == null ? 0 : otherCommitmentHours,
                    over18,
                    country);
        }
    }

    @Schema(name = "EligibilityAnswer", description = "A person's answer to a term's eligibility questions")
    public record AnswerDto(
            UUID termId,
            String personId,
            int hoursPerWeek,
            String otherCommitments,
            int otherCommitmentHours,
            boolean over18,
            String country,
            Instant answeredAt) {
        static AnswerDto of(EligibilityAnswer a) {
            return new AnswerDto(
                    a.termId,
                    a.person,
                    a.hoursPerWeek,
                    a.otherCommitments,
                    a.otherCommitmentHours,
                    a.over18,
                    a.country,
                    a.answeredAt);
        }
    }

    private EligibilityDtos() {}
}
