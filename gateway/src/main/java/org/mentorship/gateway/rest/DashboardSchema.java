package org.mentorship.gateway.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented shape of the dashboard (DashboardService builds it as JSON): each part is that service's own
 * GET /api/v1/me/summary for the caller, as it answered, or null when it did not answer in time.
 */
@Schema(
        name = "Dashboard",
        description = "One call, every service: the caller's applications, mentorship, stipends and certificate")
record DashboardSchema(
        @Schema(required = true, maxLength = 255, description = "The token's subject")
        String user,

        @Schema(required = true, maxItems = 20, description = "The token's roles (groups claim)")
        List<String> roles,

        @Schema(required = true, nullable = true, description = "application-service's summary; null if unavailable")
        Map<String, Object> applications,

        @Schema(required = true, nullable = true, description = "evaluation-service's summary; null if unavailable")
        Map<String, Object> mentorship,

        @Schema(required = true, nullable = true, description = "stipend-service's summary; null if unavailable")
        Map<String, Object> stipends,

        @Schema(required = true, nullable = true, description = "certificate-service's summary; null if unavailable")
        Map<String, Object> certificate,

        @Schema(
                required = true,
                maxItems = 4,
                description = "The services whose part is null: down, too slow or refusing")
        List<String> unavailable) {}
