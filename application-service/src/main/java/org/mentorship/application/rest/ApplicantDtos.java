package org.mentorship.application.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.application.model.Applicant;
import org.mentorship.application.model.ContactPreference;
import org.mentorship.application.service.ApplicantService;
import org.mentorship.application.service.ProfileService;

/** Request and response bodies of /api/v1/applicants/me. */
public final class ApplicantDtos {

    @Schema(
            name = "ProfileRequest",
            description = "The signed-in applicant's profile. Send the version you read to update it.")
    public record ProfileRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{6,30}") String phone,
            @NotNull ContactPreference preferredContact,

            @NotBlank @Size(max = 60) @Schema(example = "Europe/Berlin")
            String timeZone,

            @NotBlank @Pattern(regexp = "[A-Z]{2}") @Schema(example = "DE")
            String country,

            Long version) {

        ApplicantService.ProfileFields fields() {
            return new ApplicantService.ProfileFields(name, email, phone, preferredContact, timeZone, country);
        }
    }

    @Schema(name = "Profile")
    public record ProfileDto(
            String userId,
            String name,
            String email,
            String phone,
            ContactPreference preferredContact,
            String timeZone,
            String country,
            long version) {
        /** The time zone and preferred contact as the person's settings hold them (the one truth). */
        static ProfileDto of(Applicant a, ProfileService profiles) {
            return new ProfileDto(
                    a.userId,
                    a.name,
                    a.email,
                    a.phone,
                    profiles.preferredContact(a.userId),
                    ViewerZone.name(profiles.zoneOf(a.userId)),
                    a.country,
                    a.version);
        }
    }

    private ApplicantDtos() {}
}
