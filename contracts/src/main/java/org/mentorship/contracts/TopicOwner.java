package org.mentorship.contracts;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who publishes on each event topic, and so which CloudEvent {@code source} and which {@code type}s a record of that
 * topic may carry: the types are those {@link EventCatalog} places on the topic. A consumer acts on a record only
 * when both match (the platform's inbox checks before any handler runs): an EvaluationPassed forged by anyone but
 * evaluation-service, or a type moved onto a topic that does not carry it, is dead-lettered and has no effect.
 * In Kubernetes the brokers' ACLs let only the owner write its topic; this check holds wherever they do not.
 */
public enum TopicOwner {
    APPLICATIONS(Topics.APPLICATIONS, "application-service"),
    EVALUATIONS(Topics.EVALUATIONS, "evaluation-service"),
    STIPENDS(Topics.STIPENDS, "stipend-service"),
    CERTIFICATES(Topics.CERTIFICATES, "certificate-service");

    private static final String SOURCE_PREFIX = "/mentorship/";

    private final String topic;
    private final String service;

    TopicOwner(String topic, String service) {
        this.topic = topic;
        this.service = service;
    }

    public String topic() {
        return topic;
    }

    /** The owning service's name (its quarkus.application.name and Kafka user). */
    public String service() {
        return service;
    }

    /** The CloudEvent {@code source} of every event on this topic: {@code /mentorship/<service>}. */
    public String source() {
        return sourceOf(service);
    }

    /** The event types this topic carries (read on every consumed event: computed once per topic, on first use). */
    public Set<String> types() {
        return TypesByTopic.TYPES.get(this);
    }

    /** Holder: an enum's constants cannot read a static map of their own while they are being made. */
    private static final class TypesByTopic {
        private static final java.util.Map<TopicOwner, Set<String>> TYPES = Arrays.stream(values())
                .collect(Collectors.toUnmodifiableMap(
                        o -> o,
                        o -> Arrays.stream(EventCatalog.values())
                                .filter(e -> e.topic().equals(o.topic))
                                .map(EventCatalog::type)
                                .collect(Collectors.toUnmodifiableSet())));
    }

    /** The CloudEvent {@code source} a service publishes under. */
    public static String sourceOf(String service) {
        return SOURCE_PREFIX + service;
    }

    public static Optional<TopicOwner> ofTopic(String topic) {
        return Arrays.stream(values()).filter(o -> o.topic.equals(topic)).findFirst();
    }

    public static Optional<TopicOwner> ofService(String service) {
        return Arrays.stream(values()).filter(o -> o.service.equals(service)).findFirst();
    }

    /**
     * Why a record read from {@code topic} with this {@code source} and {@code type} is not to be trusted; empty when
     * the topic's owner published it and the topic carries the type.
     */
    public static Optional<String> distrust(String topic, String source, String type) {
        Optional<TopicOwner> owner = ofTopic(topic);
        if (owner.isEmpty()) {
            return Optional.of("Topic " + topic + " is no event topic of the program");
        }
        if (!owner.get().source().equals(source)) {
            return Optional.of("Event of type " + type + " on " + topic + " comes from " + source
                    + ", not from its owner " + owner.get().source());
        }
        if (!owner.get().types().contains(type)) {
            return Optional.of("Topic " + topic + " does not carry events of type " + type);
        }
        return Optional.empty();
    }
}
