package org.mentorship.platform.outbox;

import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentorship.platform.config.OutboxConfig;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Runs this service's {@link RelayWorker} on its own thread for the life of the application. */
@ApplicationScoped
public class OutboxRelay {

    private final OutboxConfig config;
    private final String applicationName;
    private final String bootstrapServers;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private Producer<String, String> producer;
    private RelayWorker worker;

    OutboxRelay(OutboxConfig config,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.config = config;
        this.applicationName = applicationName;
        this.bootstrapServers = bootstrapServers;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            return;
        }
        producer = new KafkaProducer<>(producerProperties(bootstrapServers, applicationName));
        worker = new RelayWorker(settings(), producer);
        Thread thread = new Thread(worker, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (worker != null) {
            worker.stop();
        }
        if (producer != null) {
            producer.close();
        }
    }

    public boolean isActiveRelay() {
        return worker != null && worker.isLeader();
    }

    /** The settings of this service's relay; a test can run a second relay on them to play a second replica. */
    public RelayWorker.Settings settings() {
        return new RelayWorker.Settings(jdbcUrl, user, password, "/mentorship/" + applicationName,
                "outbox-relay", config.batchSize(), config.pollInterval(), config.leaderRetry(), config.retention());
    }

    /** Idempotent, ordered, fully acknowledged sends: a retry never duplicates or reorders within a partition. */
    public static Properties producerProperties(String bootstrapServers, String clientId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-outbox");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }
}
