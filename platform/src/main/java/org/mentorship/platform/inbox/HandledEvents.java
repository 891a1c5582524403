package org.mentorship.platform.inbox;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorship.contracts.DomainEvent;
import org.mentorship.contracts.EventCatalog;

/**
 * The event types a consumer acts on. A record of any other type on its topic (every service reads
 * ApplicationSubmitted on the applications topic, most act on one or two types) is skipped from its {@code ce_type}
 * header after the trust check, without parsing its data or writing an inbox row: a skipped type has no effect to
 * deduplicate.
 */
public final class HandledEvents {

    private final Set<String> types;

    private HandledEvents(Set<String> types) {
        this.types = types;
    }

    @SafeVarargs
    public static HandledEvents of(Class<? extends DomainEvent>... handled) {
        Set<Class<? extends DomainEvent>> classes = Set.of(handled);
        Set<String> types = Arrays.stream(EventCatalog.values())
                .filter(e -> classes.contains(e.javaType()))
                .map(EventCatalog::type)
                .collect(Collectors.toUnmodifiableSet());
        if (types.size() != classes.size()) {
            throw new IllegalArgumentException("Not every class is an event of the catalogue: " + classes);
        }
        return new HandledEvents(types);
    }

    public boolean handles(String type) {
        return types.contains(type);
    }

    public Set<String> types() {
        return types;
    }
}
