package org.mentorship.application.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.application.model.ErasureRequest;

/** Bodies of /api/v1/me/erasure and /api/v1/erasure-requests. */
public final class ErasureDtos {

    @Schema(name = "ErasureRequest", description = "A request to be forgotten and when it was carried out")
    public record ErasureRequestDto(
            UUID id,
            String personId,

            @Schema(description = "What replaced the person's name: erased-<first 8 of id>")
            String pseudonym,

            ErasureRequest.Origin origin,
            Instant requestedAt,
            @Schema(nullable = true) Instant carriedOutAt) {
        static ErasureRequestDto of(ErasureRequest r) {
            return new ErasureRequestDto(r.id, r.person, r.pseudonym(), r.origin, r.requestedAt, r.carriedOutAt);
        }
    }

    private ErasureDtos() {}
}
