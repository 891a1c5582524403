package org.mentorship.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a Quarkus test application at the test Kafka broker. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", TestKafka.get().bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every test class of the JVM; stopped when the JVM exits.
    }
}
