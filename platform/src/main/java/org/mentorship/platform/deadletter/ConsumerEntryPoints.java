package org.mentorship.platform.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The consumer methods of this service ({@code @Incoming} methods taking a {@link ConsumerRecord}) by the topic their
 * channel reads, so a dead letter is replayed through exactly the code a delivery runs: the consumer's own method,
 * hence its inbox name and handler. Found by reflection over the beans once: SmallRye offers no public way to push a
 * record into an incoming channel.
 */
@ApplicationScoped
public class ConsumerEntryPoints {

    /** One consumer method and the bean it belongs to. */
    public record EntryPoint(String channel, Bean<?> bean, Method method) {}

    private final BeanManager beans;
    private final Config config;
    private volatile Map<String, EntryPoint> byTopic;

    ConsumerEntryPoints(BeanManager beans, Config config) {
        this.beans = beans;
        this.config = config;
    }

    public Optional<EntryPoint> forTopic(String topic) {
        if (byTopic == null) {
            byTopic = scan();
        }
        return Optional.ofNullable(byTopic.get(topic));
    }

    /** Delivers {@code record} to the consumer method as its channel would. */
    public void deliver(EntryPoint entry, ConsumerRecord<String, String> record) {
        Object instance = beans.getReference(
                entry.bean(), entry.bean().getBeanClass(), beans.createCreationalContext(entry.bean()));
        try {
            entry.method().invoke(instance, record);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + entry.method(), e);
        }
    }

    private Map<String, EntryPoint> scan() {
        Map<String, EntryPoint> found = new HashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            for (Method method : bean.getBeanClass().getDeclaredMethods()) {
                Incoming incoming = method.getAnnotation(Incoming.class);
                if (incoming != null
                        && method.getParameterCount() == 1
                        && method.getParameterTypes()[0] == ConsumerRecord.class) {
                    String topic = config.getOptionalValue(
                                    "mp.messaging.incoming." + incoming.value() + ".topic", String.class)
                            .orElse(incoming.value());
                    method.setAccessible(true);
                    found.put(topic, new EntryPoint(incoming.value(), bean, method));
                }
            }
        }
        return Map.copyOf(found);
    }
}
