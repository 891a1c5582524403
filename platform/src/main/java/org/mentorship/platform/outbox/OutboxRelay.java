package org.mentorship.platform.outbox;

import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mentorship.platform.config.OutboxConfig;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Runs this service's {@link RelayWorker} on its own thread for the life of the application. */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxConfig config;
    private final String applicationName;
    private final String bootstrapServers;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private Producer<String, String> producer;
    private RelayWorker worker;
    private volatile Thread relayThread;

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
        return new RelayWorker.Settings(jdbcUrl, user, password, "/mentorship/" + applicationName,
                "outbox-relay", config.batchSize(), config.pollInterval(), config.leaderRetry(), config.maxBackoff(),
                config.retention(), config.socketTimeout(), config.sessionIdleTimeout());
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
