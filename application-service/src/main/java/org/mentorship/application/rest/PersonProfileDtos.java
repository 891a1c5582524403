package org.mentorship.application.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.application.service.ProfileService;

/** Bodies of /api/v1/me/profile. */
public final class PersonProfileDtos {

    @Schema(
            name = "PersonProfileRequest",
            description = "My time zone and, per notice kind, how it reaches me besides my feed; a kind not named "
                    + "goes by email. Replaces what was set.")
    public record PersonProfileRequest(
            @NotBlank @Size(max = 64) @Schema(example = "Europe/Berlin", description = "An IANA time zone")
            String timeZone,

            @Schema(
                    description = "Notice kind (e.g. decision, prerequisite-reminder) to email, phone or feed; phone "
                            + "only for decision (a coordinator's call)")
            Map<String, String> channels) {}

    @Schema(name = "PersonProfile", description = "My time zone and the channel of every notice kind")
    public record PersonProfileDto(
            String personId,
            String timeZone,
            Map<String, String> channels,

            @Schema(nullable = true, description = "When last changed; null while never set")
            Instant changedAt) {
        static PersonProfileDto of(ProfileService.Profile p) {
            Map<String, String> channels = new LinkedHashMap<>();
            p.channels().forEach((kind, channel) -> channels.put(kind.wire(), channel.wire()));
            return new PersonProfileDto(p.personId(), ViewerZone.name(p.timeZone()), channels, p.changedAt());
        }
    }

    private PersonProfileDtos() {}
}
