package org.mentorship.contracts;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mentorship.contracts.events.EvaluationPassed;

/** Every event type: its Java type, the topic it is published on and its current schema version. */
public enum EventCatalog {
    EVALUATION_PASSED(EvaluationPassed.class, Topics.EVALUATIONS, 1);

    private static final Map<String, EventCatalog> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventCatalog::type, Function.identity()));

    private final Class<? extends DomainEvent> javaType;
    private final String topic;
    private final int schemaVersion;

    EventCatalog(Class<? extends DomainEvent> javaType, String topic, int schemaVersion) {
        this.javaType = javaType;
        this.topic = topic;
        this.schemaVersion = schemaVersion;
    }

    public String type() {
        return javaType.getSimpleName();
    }

    public Class<? extends DomainEvent> javaType() {
        return javaType;
    }

    public String topic() {
        return topic;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public String dataSchema() {
        return CloudEventHeaders.dataSchema(type(), schemaVersion);
    }

    public static Optional<EventCatalog> ofType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventCatalog of(DomainEvent event) {
        return ofType(event.type()).orElseThrow(() -> new IllegalArgumentException("Unknown event type " + event.type()));
    }
}
