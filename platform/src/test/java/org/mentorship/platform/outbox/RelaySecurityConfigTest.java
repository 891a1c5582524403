package org.mentorship.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.kafka.client.runtime.KafkaRuntimeConfigProducer;
import io.quarkus.runtime.ApplicationConfig;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

/**
 * The relay's producer connects as the service's SmallRye channels do: the security settings the Kubernetes
 * Deployments give as environment variables (KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_*, KAFKA_SSL_TRUSTSTORE_*), read
 * into the "default-kafka-broker" map every channel starts from, reach the relay's producer too, while its own
 * delivery guarantees stay its own.
 */
class RelaySecurityConfigTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"stipend-service\" password=\"secret\";";

    @Test
    void theChannelsSecuritySettingsReachTheRelaysProducer() {
        Map<String, Object> channels = channelConfig(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "mentorship-kafka-bootstrap:9093",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", JAAS,
                "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM",
                "KAFKA_SSL_TRUSTSTORE_CERTIFICATES", "-----BEGIN CERTIFICATE-----..."));
        assertThat(channels).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.jaas.config", JAAS);

        Properties producer =
                OutboxRelay.producerProperties("mentorship-kafka-bootstrap:9093", "stipend-service", channels);

        assertThat(producer)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", JAAS)
                .containsEntry("ssl.truststore.type", "PEM")
                .containsEntry("ssl.truststore.certificates", "-----BEGIN CERTIFICATE-----...")
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "mentorship-kafka-bootstrap:9093");
    }

    @Test
    void onlySecuritySettingsAreTakenAndTheRelaysGuaranteesStay() {
        Properties producer = OutboxRelay.producerProperties(
                "localhost:19092",
                "stipend-service",
                Map.of(
                        "group.id",
                        "stipend-service",
                        "acks",
                        "1",
                        "enable.idempotence",
                        "false",
                        "security.protocol",
                        "SASL_SSL",
                        "ssl.truststore.location",
                        ""));

        assertThat(producer)
                .doesNotContainKeys("group.id", "ssl.truststore.location")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry("security.protocol", "SASL_SSL");
    }

    @Test
    void theLocalRunStaysPlaintext() {
        Properties producer = OutboxRelay.producerProperties(
                "localhost:19092",
                "stipend-service",
                channelConfig(Map.of("KAFKA_BOOTSTRAP_SERVERS", "localhost:19092")));

        assertThat(producer.stringPropertyNames())
                .noneMatch(key -> key.startsWith("sasl.") || key.startsWith("ssl.") || key.equals("security.protocol"));
    }

    /** What Quarkus hands every SmallRye Kafka channel (and now the relay) for this environment. */
    private static Map<String, Object> channelConfig(Map<String, String> environment) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(environment, 300))
                .build();
        ApplicationConfig application = (ApplicationConfig) Proxy.newProxyInstance(
                RelaySecurityConfigTest.class.getClassLoader(),
                new Class<?>[] {ApplicationConfig.class},
                (proxy, method, args) -> Optional.empty());
        return new KafkaRuntimeConfigProducer().createKafkaRuntimeConfig(config, application);
    }
}
