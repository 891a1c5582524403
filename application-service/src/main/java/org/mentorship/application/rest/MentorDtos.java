package org.mentorship.application.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.application.config.AdmissionsConfig;
import org.mentorship.application.model.MentorAssignment;
import org.mentorship.application.model.MentorOrigin;
import org.mentorship.application.model.MentorRole;
import org.mentorship.application.model.MentorStatus;
import org.mentorship.application.policy.MentorCapacityPolicy;
import org.mentorship.application.service.MentorService;

/** Request and response bodies of a project's mentors and the mentor agreement (issue 18). */
public final class MentorDtos {

    @Schema(name = "MentorInvitationRequest", description = "Whom to invite, how she is reached, her role and capacity")
    public record InvitationRequest(
            @Schema(description = "Her user id (the subject of her token)") @NotBlank @Size(max = 120)
            String mentorId,

            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email,
            @NotNull MentorRole role,

            @Schema(
                    description = "Most accepted or onboarded mentees of the term she takes, over every project she "
                            + "mentors",
                    minimum = "1",
                    maximum = "20")
            @NotNull
            @Min(MentorCapacityPolicy.MIN_CAPACITY)
            @Max(MentorCapacityPolicy.MAX_CAPACITY)
            Integer capacity,

            @Schema(description = "An active or resigned mentor of the project she takes over from; optional")
            @Size(max = 120)
            String replacesMentorId) {

        MentorService.Invitation toInvitation() {
            return new MentorService.Invitation(mentorId, name, email, role, capacity, replacesMentorId);
        }
    }

    @Schema(name = "MentorAcceptanceRequest", description = "The invited mentor signs the current mentor agreement")
    public record AcceptanceRequest(
            @Schema(description = "The version she read (GET /api/v1/mentor-agreement)") @NotBlank @Size(max = 40)
            String agreementVersion,

            @NotBlank @Size(max = 200) String legalName) {}

    @Schema(name = "MentorResignationRequest", description = "Why the mentor leaves the project")
    public record ResignationRequest(
            @NotBlank @Size(max = 2000) String reason) {}

    @Schema(name = "MentorAgreement", description = "What an invited mentor signs to become an active mentor")
    public record AgreementDto(String version, String text) {
        static AgreementDto of(AdmissionsConfig.MentorAgreement agreement) {
            return new AgreementDto(agreement.version(), agreement.text());
        }
    }

    @Schema(name = "SignedMentorAgreement", description = "The mentor agreement as she signed it, never changed")
    public record SignedAgreementDto(String version, String text, String legalName, Instant signedAt) {}

    @Schema(name = "MentorAssignment", description = "One mentor of a project and where she is in her lifecycle")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AssignmentDto(
            UUID id,
            UUID projectId,
            String mentorId,
            String name,
            String email,
            MentorRole role,
            MentorStatus status,

            @Schema(description = "CREATION or EDIT: named by a coordinator, no agreement; INVITATION: invited")
            MentorOrigin origin,

            @Schema(description = "Absent: no limit (a mentor named at the project's creation)")
            Integer capacity,

            String invitedBy,
            Instant invitedAt,
            Instant activeSince,

            @Schema(description = "Absent until she signs; mentors named by a coordinator sign none")
            SignedAgreementDto agreement,

            String replacesMentorId,
            String replacedBy,
            Instant replacedAt,
            Instant resignedAt,
            String resignationReason,
            long version) {

        static AssignmentDto of(MentorAssignment a) {
            return new AssignmentDto(
                    a.id,
                    a.projectId,
                    a.mentorId,
                    a.name,
                    a.email,
                    a.role,
                    a.status,
                    a.origin,
                    a.capacity,
                    a.invitedBy,
                    a.invitedAt,
                    a.activeSince,
                    a.signedAt == null
                            ? null
                            : new SignedAgreementDto(a.agreementVersion, a.agreementText, a.legalName, a.signedAt),
                    a.replacesMentorId,
                    a.replacedBy,
                    a.replacedAt,
                    a.resignedAt,
                    a.resignationReason,
                    a.version);
        }
    }

    private MentorDtos() {}
}
