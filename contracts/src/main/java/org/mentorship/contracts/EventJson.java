package org.mentorship.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of event data, the same for every producer and consumer: ISO 8601 instants and dates,
 * unknown fields ignored so that additive schema changes never break an older consumer. What is read is checked
 * against the event's JSON Schema ({@link EventSchemas}), so a consumer never acts on data outside the contract.
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public static String write(DomainEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalArgumentException("Cannot serialize " + event.type(), e);
        }
    }

    /**
     * Reads the data of an event of the given CloudEvent type, checked against the type's JSON Schema first;
     * fails with {@link MalformedEventException} (unknown type, not JSON, schema violations).
     */
    public static DomainEvent read(String type, String json) {
        EventCatalog entry = EventCatalog.ofType(type)
                .orElseThrow(() -> new MalformedEventException("Unknown event type '" + type + "'"));
        return read(entry.javaType(), json);
    }

    /** Reads the data of an event of a known Java type, checked against its JSON Schema first. */
    public static <T extends DomainEvent> T read(Class<T> javaType, String json) {
        EventCatalog.ofType(javaType.getSimpleName())
                .filter(entry -> entry.javaType() == javaType)
                .ifPresent(entry -> EventSchemas.validate(entry.type(), json));
        try {
            return MAPPER.readValue(json, javaType);
        } catch (Exception e) {
            throw new MalformedEventException(
                    "Event data is not a valid " + javaType.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private EventJson() {}
}
