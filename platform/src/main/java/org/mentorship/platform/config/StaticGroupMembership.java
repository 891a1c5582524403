package org.mentorship.platform.config;

import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes every Kafka consumer of this replica a static group member ({@code group.instance.id}): a replica that
 * restarts after kill -9 rejoins as the same member and gets its partitions back at once, instead of waiting for
 * the broker to expire the dead member's session. The id is {@code <replica>-<channel>} because a service's
 * channels share one group, and two consumers of a group with one instance id fence each other. A replica is
 * named by {@code mentorship.kafka.instance-id} (the launcher and docker-compose set it; in Kubernetes the pod's
 * HOSTNAME); without it consumers stay dynamic members.
 */
@ApplicationScoped
public class StaticGroupMembership implements ClientCustomizer<Map<String, Object>> {

    private final Optional<String> replica;

    StaticGroupMembership(@ConfigProperty(name = "mentorship.kafka.instance-id") Optional<String> replica) {
        this.replica = replica.map(String::trim).filter(id -> !id.isEmpty());
    }

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> config) {
        // Producers (the dead-letter ones too) pass here as well; only a consumer of a group is a member.
        boolean consumer = config.containsKey(ConsumerConfig.GROUP_ID_CONFIG)
                && config.containsKey(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        if (replica.isPresent() && consumer && !config.containsKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)) {
            config.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId(replica.get(), channel));
        }
        return config;
    }

    /** One member per replica and channel, the same after every restart of that replica. */
    public static String instanceId(String replica, String channel) {
        return replica + "-" + channel;
    }
}
