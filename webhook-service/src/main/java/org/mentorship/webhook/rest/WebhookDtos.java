package org.mentorship.webhook.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.webhook.model.Attempt;
import org.mentorship.webhook.model.Delivery;
import org.mentorship.webhook.model.Endpoint;
import org.mentorship.webhook.service.EndpointService.Logged;

/** The request and answer bodies of the webhook operations. */
public final class WebhookDtos {

    @Schema(name = "RegisterWebhookEndpoint", description = "Where to deliver which event types")
    public record RegisterEndpoint(
            @Schema(description = "https, on a public address") @NotBlank @Size(max = 2000)
            String url,

            @Schema(description = "CloudEvent types (ce_type), as the AsyncAPI document lists them")
            @NotEmpty
            @Size(max = 50)
            List<@NotBlank @Size(max = 100) String> eventTypes,

            @Size(max = 500) String description) {}

    @Schema(name = "WebhookEndpoint", description = "A partner's endpoint (its secret is shown only at registration)")
    public record EndpointDto(
            UUID id,
            String ownerId,
            String url,
            String description,
            List<String> eventTypes,
            boolean enabled,

            @Schema(description = "Failed attempts in a row")
            int consecutiveFailures,

            Instant disabledAt,
            String disabledReason,
            Instant createdAt) {

        static EndpointDto of(Endpoint e) {
            return new EndpointDto(
                    e.id,
                    e.ownerId,
                    e.url,
                    e.description,
                    List.copyOf(e.eventTypes),
                    e.enabled,
                    e.consecutiveFailures,
                    e.disabledAt,
                    e.disabledReason,
                    e.createdAt);
        }
    }

    @Schema(name = "RegisteredWebhookEndpoint", description = "The new endpoint and, this once, its signing secret")
    public record RegisteredEndpoint(
            UUID id,
            String ownerId,
            String url,
            String description,
            List<String> eventTypes,
            boolean enabled,
            Instant createdAt,

            @Schema(description = "whsec_<base64>: verify each request's webhook-signature with it; shown only now")
            String secret) {

        static RegisteredEndpoint of(Endpoint e) {
            return new RegisteredEndpoint(
                    e.id, e.ownerId, e.url, e.description, List.copyOf(e.eventTypes), e.enabled, e.createdAt, e.secret);
        }
    }

    @Schema(name = "WebhookAttempt", description = "One POST of a delivery")
    public record AttemptDto(
            UUID id,
            Instant attemptedAt,

            @Schema(description = "The answer's HTTP status; absent when none came")
            Integer statusCode,

            long durationMs,

            @Schema(description = "The first 500 bytes of the answer")
            String responseExcerpt,

            @Schema(description = "Why no answer came") String error,

            @Schema(description = "A redelivery someone asked for")
            boolean onRequest) {

        static AttemptDto of(Attempt a) {
            return new AttemptDto(
                    a.id, a.attemptedAt, a.statusCode, a.durationMs, a.responseExcerpt, a.error, a.onRequest);
        }
    }

    @Schema(name = "WebhookDelivery", description = "One event on its way to one endpoint, with every attempt")
    public record DeliveryDto(
            UUID id,
            UUID endpointId,

            @Schema(description = "The CloudEvent id, sent as webhook-id on every attempt")
            UUID eventId,

            String eventType,

            @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED"})
            String status,

            int attempts,
            Instant createdAt,

            @Schema(description = "When a pending delivery is tried next")
            Instant nextAttemptAt,

            Instant deliveredAt,
            String lastError,
            List<AttemptDto> attemptLog) {

        static DeliveryDto of(Logged logged) {
            Delivery d = logged.delivery();
            return new DeliveryDto(
                    d.id,
                    d.endpointId,
                    d.eventId,
                    d.eventType,
                    d.status.name(),
                    logged.attempts().size(),
                    d.createdAt,
                    d.status == Delivery.Status.PENDING ? d.nextAttemptAt : null,
                    d.deliveredAt,
                    d.lastError,
                    logged.attempts().stream().map(AttemptDto::of).toList());
        }
    }

    private WebhookDtos() {}
}
