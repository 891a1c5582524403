package org.mentorship.platform.deadletter;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.contracts.EventJson;

/** A dead letter as ops see it: what arrived, where from, why it was given up, and whether it was replayed. */
@Schema(name = "DeadLetter", description = "A record a consumer gave up on")
public record DeadLetterView(
        UUID id,

        @Schema(
                description = "The consumer (service and channel) that gave up on it",
                example = "stipend-service.evaluation-events")
        String consumer,

        @Schema(description = "ce_id as it arrived (replay keeps it, so the inbox still dedupes)")
        String eventId,

        @Schema(description = "ce_type as it arrived", example = "EvaluationPassed")
        String eventType,

        @Schema(description = "ce_subject as it arrived (the aggregate id)")
        String subject,

        String topic,
        int partition,
        long offset,
        @Schema(description = "Why it was dead-lettered") String reason,
        Instant deadLetteredAt,
        Map<String, String> headers,

        @Schema(description = "The record's value, as it arrived")
        String payload,

        Instant replayedAt,
        String replayedBy,

        @Schema(description = "APPLIED (the effect ran on replay) or ALREADY_APPLIED (the inbox had it: nothing done)")
        String replayOutcome) {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

    static DeadLetterView of(DeadLetter d) {
        return new DeadLetterView(
                d.id,
                d.consumer,
                d.eventId,
                d.eventType,
                d.subject,
                d.topic,
                d.partition,
                d.offset,
                d.reason,
                d.deadLetteredAt,
                headers(d.headers),
                d.payload,
                d.replayedAt,
                d.replayedBy,
                d.replayOutcome);
    }

    static Map<String, String> headers(String json) {
        try {
            return EventJson.mapper().readValue(json, HEADERS);
        } catch (Exception e) {
            throw new IllegalStateException("Stored headers are not a JSON object of strings", e);
        }
    }
}
