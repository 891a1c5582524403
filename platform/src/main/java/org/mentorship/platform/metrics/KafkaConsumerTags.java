package org.mentorship.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * Names the channel and consumer group on the Kafka consumers' own metrics (Quarkus binds Kafka's client metrics,
 * e.g. {@code kafka_consumer_fetch_manager_records_lag{topic,partition}}, to every consumer SmallRye creates), so lag
 * and consumption read per channel: {@code channel} from the client id SmallRye gives a channel's consumer
 * ({@code kafka-consumer-<channel>}), {@code group} from that channel's {@code group.id}.
 */
@ApplicationScoped
public class KafkaConsumerTags {

    static final String PREFIX = "kafka-consumer-";

    @Produces
    @Singleton
    MeterFilter channelAndGroup(Config config) {
        String application = config.getOptionalValue("quarkus.application.name", String.class)
                .orElse("unknown");
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("kafka.consumer.")) {
                    return id;
                }
                String clientId = id.getTag("client.id");
                String channel = channel(clientId);
                String group = config.getOptionalValue("mp.messaging.incoming." + channel + ".group.id", String.class)
                        .orElse(application);
                return id.withTags(java.util.List.of(Tag.of("channel", channel), Tag.of("group", group)));
            }
        };
    }

    /** {@code kafka-consumer-evaluation-events} (or {@code ...-events-0} with several partitions' threads) to the channel. */
    static String channel(String clientId) {
        if (clientId == null) {
            return "unknown";
        }
        return clientId.startsWith(PREFIX) ? clientId.substring(PREFIX.length()) : clientId;
    }
}
