package org.mentorship.launcher;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The services' topics (one per publishing service), created up front with the Admin client so consumers never
 * race the auto-creation of a topic nor get its broker-default partition count.
 */
final class KafkaTopics {

    private KafkaTopics() {}

    static void ensure(String bootstrap, List<String> topics, int partitions) throws Exception {
        try (Admin admin = Admin.create(adminProperties(bootstrap))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // Someone (a service's auto-creation) was faster: the topic is there, which is all we want.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    /** The broker answers metadata requests: what "healthy" means for status. */
    static boolean ping(String bootstrap) {
        Properties properties = adminProperties(bootstrap);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        Admin admin = Admin.create(properties);
        try {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        } finally {
            // Not the default close, which would wait for the failed call's own timeout.
            admin.close(Duration.ofMillis(500));
        }
    }

    private static Properties adminProperties(String bootstrap) {
        Properties properties = new Properties();
        properties.putAll(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, "mentorship-launcher",
                // Fail fast against a broker that is not there, instead of the client's long retries.
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000"));
        return properties;
    }
}
