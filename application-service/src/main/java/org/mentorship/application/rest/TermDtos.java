package org.mentorship.application.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.application.model.Term;
import org.mentorship.application.policy.ReviewPolicy;
import org.mentorship.application.service.TermService;
import org.mentorship.platform.time.LocalTimes;

/** Request and response bodies of /api/v1/terms. */
public final class TermDtos {

    @Schema(
            name = "TermRequest",
            description = "A term (cohort). reviewDays defaults to the configured value; never below "
                    + ReviewPolicy.MINIMUM_DAYS + ".")
    public record TermRequest(
            @NotBlank @Size(max = 120) String name,
            @NotNull Instant applicationsOpenAt,
            @NotNull Instant applicationsCloseAt,
            @Min(1) Integer reviewDays,
            @NotNull LocalDate programStart,
            @NotNull LocalDate programEnd,

            @Schema(description = "The version read; required to update, ignored on create")
            Long version,

            @Schema(
                    description = "Optional announcement embargo: decisions may be made before it, but applicants see "
                            + "nothing of them (status, mail, notice, call, onboarding) until then. After "
                            + "applicationsCloseAt (422 invalid-announcement-time); moving it moves what is held, "
                            + "once passed it is fixed (409 announcement-made)",
                    example = "2027-03-10T16:00:00Z")
            Instant announceAt) {

        TermService.TermFields fields() {
            return new TermService.TermFields(
                    name.trim(),
                    applicationsOpenAt,
                    applicationsCloseAt,
                    reviewDays,
                    programStart,
                    programEnd,
                    announceAt);
        }
    }

    @Schema(name = "Term")
    public record TermDto(
            UUID id,
            String name,
            Instant applicationsOpenAt,
            Instant applicationsCloseAt,
            int reviewDays,
            Instant reviewEndsAt,
            LocalDate programStart,
            LocalDate programEnd,
            boolean openForApplications,
            long version,

            @Schema(description = "applicationsCloseAt in the viewer's time zone")
            String applicationsCloseAtLocal,

            @Schema(description = "reviewEndsAt in the viewer's time zone")
            String reviewEndsAtLocal,

            @Schema(description = "The viewer's time zone (UTC without a token)")
            String timeZone,

            @Schema(
                    description = "When decisions are told to applicants; absent: as they are made",
                    example = "2027-03-10T16:00:00Z")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            Instant announceAt) {

        static TermDto of(Term t, Instant now, ZoneId zone) {
            return new TermDto(
                    t.id,
                    t.name,
                    t.applicationsOpenAt,
                    t.applicationsCloseAt,
                    t.reviewDays,
                    t.reviewEndsAt(),
                    t.programStart,
                    t.programEnd,
                    t.isOpenAt(now),
                    t.version,
                    LocalTimes.local(t.applicationsCloseAt, zone),
                    LocalTimes.local(t.reviewEndsAt(), zone),
                    ViewerZone.name(zone),
                    t.announceAt);
        }
    }

    private TermDtos() {}
}
