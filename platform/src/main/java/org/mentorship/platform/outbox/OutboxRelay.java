package org.mentorship.platform.outbox;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.kafkaclients.v2_6.KafkaTelemetry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mentorship.contracts.TopicOwner;
import org.mentorship.platform.config.OutboxConfig;

/** Runs this service's {@link RelayWorker} on its own thread for the life of the application. */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxConfig config;
    private final String applicationName;
    // Optional at injection so that a deployment lacking them is refused by RequiredSettingsCheck, which names every
    // missing variable, rather than by Quarkus' injection check (one property name per line, no variable).
    private final Optional<String> bootstrapServers;
    private final Map<String, Object> kafkaConfig;
    private final Optional<String> jdbcUrl;
    private final Optional<String> user;
    private final Optional<String> password;
    private final OpenTelemetry openTelemetry;
    private Producer<String, String> producer;
    private RelayWorker worker;
    private volatile Thread relayThread;

    OutboxRelay(
            OutboxConfig config,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "kafka.bootstrap.servers") Optional<String> bootstrapServers,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            OpenTelemetry openTelemetry) {
        this.openTelemetry = openTelemetry;
        this.config = config;
        this.applicationName = applicationName;
        this.bootstrapServers = bootstrapServers;
        this.kafkaConfig = kafkaConfig;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            return;
        }
        // OpenTelemetry's Kafka instrumentation: a publish span per record, its traceparent header written for
        // consumers.
        String servers = required(bootstrapServers, "kafka.bootstrap.servers");
        producer = KafkaTelemetry.create(openTelemetry)
                .wrap(new KafkaProducer<>(producerProperties(servers, applicationName, kafkaConfig)));
        worker = new RelayWorker(
                settings(), producer, openTelemetry.getPropagators().getTextMapPropagator());
        startThread();
    }

    /**
     * The worker's loop survives any Throwable itself; should one still escape it (an Error thrown while handling
     * an Error), the thread is replaced after a pause instead of the relay ending silently.
     */
    private void startThread() {
        Thread thread = new Thread(worker, "outbox-relay");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((dead, e) -> {
            LOG.errorf(e, "Outbox relay thread of %s died; starting a new one", applicationName);
            if (worker.isRunning()) {
                try {
                    Thread.sleep(config.leaderRetry().toMillis());
                    startThread();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        relayThread = thread;
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

    private static String required(Optional<String> value, String property) {
        return value.orElseThrow(() -> new IllegalStateException(property + " is not configured"));
    }

    /** A transaction that wrote an outbox row committed: see {@link RelayWorker#wake()}. */
    public void rowCommitted() {
        RelayWorker w = worker;
        if (w != null) {
            w.wake();
        }
    }

    public boolean isEnabled() {
        return config.relayEnabled();
    }

    public boolean isActiveRelay() {
        return worker != null && worker.isLeader();
    }

    /** False when the relay should run but its thread is gone: then nothing this service writes is published. */
    public boolean isAlive() {
        Thread thread = relayThread;
        return worker != null && worker.isRunning() && thread != null && thread.isAlive();
    }

    /** The settings of this service's relay; a test can run a second relay on them to play a second replica. */
    public RelayWorker.Settings settings() {
        return new RelayWorker.Settings(
                required(jdbcUrl, "quarkus.datasource.jdbc.url"),
                required(user, "quarkus.datasource.username"),
                required(password, "quarkus.datasource.password"),
                TopicOwner.sourceOf(applicationName),
                "outbox-relay",
                config.batchSize(),
                config.pollInterval(),
                config.leaderRetry(),
                config.maxBackoff(),
                config.retention(),
                config.socketTimeout(),
                config.sessionIdleTimeout());
    }

    /** Idempotent, ordered, fully acknowledged sends: a retry never duplicates or reorders within a partition. */
    public static Properties producerProperties(String bootstrapServers, String clientId) {
        return producerProperties(bootstrapServers, clientId, Map.of());
    }

    /**
     * As {@link #producerProperties(String, String)}, connecting as every SmallRye channel of the service does: the
     * security settings of {@code kafkaConfig} (the {@code kafka.*} configuration, Quarkus' "default-kafka-broker"
     * map that each channel starts from; in Kubernetes KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_*, KAFKA_SSL_*) are
     * copied: security.protocol, sasl.*, ssl.* and a Quarkus TLS configuration's name. Nothing else is, so a
     * consumer's setting there cannot change how the relay sends.
     */
    public static Properties producerProperties(String bootstrapServers, String clientId, Map<String, ?> kafkaConfig) {
        Properties props = new Properties();
        kafkaConfig.forEach((key, value) -> {
            if (isSecuritySetting(key) && value != null && !value.toString().isEmpty()) {
                props.put(key, value);
            }
        });
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

    private static boolean isSecuritySetting(String key) {
        return key.equals("security.protocol")
                || key.startsWith("sasl.")
                || key.startsWith("ssl.")
                || key.equals("tls-configuration-name");
    }
}
