package org.mentorship.gateway.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shapes of the merged notification feed and the data export (the gateway builds them as JSON). */
final class NotificationSchema {

    private NotificationSchema() {}

    @Schema(name = "Notification", description = "One notice a service gave the caller, and which service")
    record Notification(
            @Schema(required = true, description = "The notice's id (POST /api/v1/me/notifications/{id}/read)")
            UUID id,

            @Schema(
                    required = true,
                    maxLength = 40,
                    description = "The service that gave it: application, evaluation, stipend or certificate")
            String service,

            @Schema(
                    required = true,
                    maxLength = 40,
                    description = "The kind, e.g. payment or evaluation-reminder (a channel is chosen per kind)")
            String kind,

            @Schema(required = true, maxLength = 300) String subject,
            @Schema(required = true, maxLength = 20000) String text,

            @Schema(maxLength = 10, description = "How it went out besides the feed: email, phone or feed (only here)")
            String channel,

            @Schema(required = true) Instant createdAt,

            @Schema(required = true, nullable = true, description = "When the caller marked it read; null while unread")
            Instant readAt) {}

    @Schema(name = "NotificationFeed", description = "The caller's notices from every service, newest first")
    record Feed(
            @Schema(required = true, maxItems = 100, description = "Newest first, at most size")
            List<Notification> items,

            @Schema(
                    required = true,
                    maxItems = 4,
                    description = "The services that did not answer in time: their notices are not in items")
            List<String> missing) {}

    @Schema(
            name = "PersonalDataExport",
            description = "Everything the program holds about the caller, each service's part as it gave it")
    record Export(
            @Schema(required = true) Instant exportedAt,

            @Schema(required = true, maxLength = 255, description = "The token's subject")
            String personId,

            @Schema(required = true) ExportParts services) {}

    @Schema(name = "PersonalDataExportParts", description = "Each service's GET /api/v1/me/data for the caller")
    record ExportParts(
            @Schema(required = true) Map<String, Object> application,
            @Schema(required = true) Map<String, Object> evaluation,
            @Schema(required = true) Map<String, Object> stipend,
            @Schema(required = true) Map<String, Object> certificate,

            @Schema(required = true, description = "A partner's webhook endpoints (never their secrets)")
            Map<String, Object> webhook) {}
}
