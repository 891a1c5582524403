package org.mentorship.application.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.model.Project;
import org.mentorship.application.model.Rubric;
import org.mentorship.application.model.ScoreSet;
import org.mentorship.application.service.SelectionService;

/** Request and response bodies of preferences, rubrics and scores (issue 18). */
public final class SelectionDtos {

    @Schema(name = "PreferencesRequest", description = "My applications of the term, first choice first")
    public record PreferencesRequest(
            @NotNull @Size(max = 50) List<@NotNull UUID> applicationIds) {}

    @Schema(name = "PreferenceEntry", description = "One of my applications of the term and its place in my order")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PreferenceEntry(
            UUID applicationId, UUID projectId, String projectTitle, ApplicationStatus status, Integer preferenceRank) {
        static PreferenceEntry of(Application a, Project p) {
            return new PreferenceEntry(a.id, a.projectId, p.title, a.status, a.preferenceRank);
        }
    }

    @Schema(name = "Preferences", description = "My applications of a term that are not withdrawn, in my order")
    public record PreferencesDto(UUID termId, List<PreferenceEntry> applications) {}

    @Schema(name = "RubricCriterion", description = "One criterion: a stable key, a label and its most points")
    public record CriterionDto(
            @Schema(description = "What scores name, e.g. motivation")
            @NotNull
            @Pattern(regexp = "[a-z][a-z0-9-]{0,39}")
            String key,

            @NotBlank @Size(max = 200) String label,
            @NotNull @Min(1) @Max(100) Integer maxPoints) {

        Rubric.Criterion toCriterion() {
            return new Rubric.Criterion(key, label.trim(), maxPoints);
        }

        static CriterionDto of(Rubric.Criterion c) {
            return new CriterionDto(c.key, c.label, c.maxPoints);
        }
    }

    @Schema(name = "RubricRequest", description = "A project's whole rubric; version required once it has one")
    public record RubricRequest(@NotNull @Size(max = 20) List<@NotNull @Valid CriterionDto> criteria, Long version) {
        List<Rubric.Criterion> toCriteria() {
            return criteria.stream().map(CriterionDto::toCriterion).toList();
        }
    }

    @Schema(name = "Rubric", description = "What a project's applications are scored on")
    public record RubricDto(
            UUID projectId,
            List<CriterionDto> criteria,
            int maxTotal,
            Instant changedAt,
            String changedBy,
            long version) {
        static RubricDto of(Rubric r) {
            return new RubricDto(
                    r.projectId,
                    r.criteria.stream().map(CriterionDto::of).toList(),
                    r.maxTotal(),
                    r.changedAt,
                    r.changedBy,
                    r.version);
        }
    }

    @Schema(name = "ScoreRequest", description = "Points per criterion key of the project's rubric, every criterion")
    public record ScoreRequest(
            @NotNull @Size(max = 20) Map<@NotNull String, @NotNull Integer> scores,
            @Size(max = 2000) String comment) {}

    @Schema(name = "ScoreSet", description = "One reviewer's scores of an application")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScoreSetDto(
            UUID applicationId,
            String reviewer,
            Map<String, Integer> scores,
            int total,
            String comment,
            Instant scoredAt) {
        static ScoreSetDto of(ScoreSet s) {
            return new ScoreSetDto(
                    s.applicationId, s.reviewer, new TreeMap<>(s.points), s.total, s.comment, s.scoredAt);
        }
    }

    @Schema(
            name = "ApplicationScores",
            description = "Every reviewer's scores and the averages for a coordinator; only my own for a mentor")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScoresDto(
            UUID applicationId,

            @Schema(description = "The rubric's highest total; absent while the project has no rubric")
            Integer maxTotal,

            List<ScoreSetDto> reviews,

            @Schema(description = "Mean points per criterion over the reviewers; coordinators only")
            Map<String, BigDecimal> averages,

            @Schema(description = "Mean of the reviewers' totals; coordinators only, absent before a score")
            BigDecimal averageTotal,

            @Schema(description = "How many reviewers scored; coordinators only")
            Integer reviewCount) {
        static ScoresDto of(SelectionService.Scores s) {
            var averages = s.averages();
            return new ScoresDto(
                    s.application().id,
                    s.rubric() == null ? null : s.rubric().maxTotal(),
                    s.sets().stream().map(ScoreSetDto::of).toList(),
                    averages == null ? null : averages.perCriterion(),
                    averages == null ? null : averages.total(),
                    averages == null ? null : averages.reviewCount());
        }
    }

    private SelectionDtos() {}
}
