package org.mentorship.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An event one service publishes for the others. Its JSON form is the CloudEvent's {@code data};
 * the envelope (id, type, source, time, subject) travels in the Kafka headers.
 */
public interface DomainEvent {

    /** The aggregate the event is about: the CloudEvent subject and the Kafka key, so its events stay in order. */
    @JsonIgnore
    String aggregateId();

    /** The CloudEvent {@code type}, e.g. {@code EvaluationPassed}. */
    @JsonIgnore
    default String type() {
        return getClass().getSimpleName();
    }
}
