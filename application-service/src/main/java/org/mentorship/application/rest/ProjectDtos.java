package org.mentorship.application.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.application.model.EvidenceKind;
import org.mentorship.application.model.PrerequisiteTask;
import org.mentorship.application.model.Project;
import org.mentorship.application.policy.ProjectSchedulePolicy;
import org.mentorship.application.service.ProjectService;

/** Request and response bodies of /api/v1/projects. */
public final class ProjectDtos {

    @Schema(name = "PrerequisiteTaskRequest")
    public record TaskRequest(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String instructions,
            @NotNull EvidenceKind evidenceKind) {}

    @Schema(name = "ProjectRequest", description = "A project of a term. Prerequisites are ordered as given.")
    public record ProjectRequest(
            @NotNull UUID termId,
            @NotBlank @Size(max = 120) String organization,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 10000) String description,
            @NotNull @Size(max = 30) List<@NotBlank @Size(max = 60) String> skills,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 120) String> mentorIds,

            @Schema(
                    description = "Where mentors are reached (mentor id to email), for evaluation reminders; optional, "
                            + "keys among mentorIds; shown to coordinators only")
            @Size(max = 10)
            Map<@NotBlank @Size(max = 120) String, @NotBlank @Email @Size(max = 320) String> mentorEmails,

            @Min(1) @Max(100) int slots,
            @Min(3) @Max(4) int evaluationCount,
            @NotNull @Size(max = 20) List<@Valid @NotNull TaskRequest> prerequisites,
            boolean published,

            @Schema(description = "The version read; required to update, ignored on create")
            Long version,

            @Schema(
                    description = "The project's size in hours (10 to 1000, e.g. 175 or 350); optional",
                    example = "175")
            Integer hours,

            @Schema(
                    description = "Its length in weeks (at least 2 per evaluation, e.g. 12, or 24 part-time); absent: "
                            + "until the term's programEnd",
                    example = "12")
            Integer lengthWeeks,

            @Schema(
                    description = "Its first day, on or after the term's programStart; absent: the term's programStart."
                            + " startsOn plus lengthWeeks ends on or before the term's programEnd. Fixed once the "
                            + "project has an accepted mentee (409 schedule-fixed)",
                    example = "2027-03-15")
            LocalDate startsOn) {

        ProjectService.ProjectFields fields() {
            return new ProjectService.ProjectFields(
                    termId,
                    organization,
                    title,
                    description,
                    skills,
                    mentorIds,
                    mentorEmails == null ? Map.of() : mentorEmails,
                    slots,
                    evaluationCount,
                    prerequisites.stream()
                            .map(t -> new ProjectService.TaskFields(t.title(), t.instructions(), t.evidenceKind()))
                            .toList(),
                    published,
                    new ProjectSchedulePolicy.Fields(hours, lengthWeeks, startsOn));
        }
    }

    @Schema(name = "PrerequisiteTask")
    public record TaskDto(UUID id, int position, String title, String instructions, EvidenceKind evidenceKind) {
        static TaskDto of(PrerequisiteTask t) {
            return new TaskDto(t.id, t.position, t.title, t.instructions, t.evidenceKind);
        }
    }

    @Schema(name = "Project")
    public record ProjectDto(
            UUID id,
            UUID termId,
            String organization,
            String title,
            String description,
            List<String> skills,
            List<String> mentorIds,

            @Schema(description = "Mentor id to email; coordinators only (absent for everyone else)")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            Map<String, String> mentorEmails,

            int slots,
            int evaluationCount,
            List<TaskDto> prerequisites,
            boolean published,
            long version,

            @Schema(description = "The project's size in hours; absent when not stated", example = "175")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            Integer hours,

            @Schema(
                    description = "Its length in weeks; absent when it runs until the term's programEnd",
                    example = "12")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            Integer lengthWeeks,

            @Schema(
                    description = "The project's first day (the term's programStart unless set): the mentee's program "
                            + "start, from which evaluations, stipends and the letter are dated",
                    example = "2027-03-15")
            LocalDate startsOn,

            @Schema(
                    description = "The project's end (startsOn plus lengthWeeks, or the term's programEnd)",
                    example = "2027-06-07")
            LocalDate endsOn) {

        static ProjectDto of(Project p, ProjectSchedulePolicy.Schedule schedule, boolean withContacts) {
            return new ProjectDto(
                    p.id,
                    p.termId,
                    p.organization,
                    p.title,
                    p.description,
                    List.copyOf(p.skills),
                    List.copyOf(p.mentorIds),
                    withContacts ? Map.copyOf(p.mentorEmails) : null,
                    p.slots,
                    p.evaluationCount,
                    p.prerequisites.stream().map(TaskDto::of).toList(),
                    p.published,
                    p.version,
                    schedule.hours(),
                    schedule.lengthWeeks(),
                    schedule.startsOn(),
                    schedule.endsOn());
        }
    }

    private ProjectDtos() {}
}
