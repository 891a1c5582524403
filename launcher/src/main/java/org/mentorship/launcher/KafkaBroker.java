package org.mentorship.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker as its own JVM ({@code java -cp kafka-libs/* kafka.Kafka server.properties}), one
 * node in KRaft combined mode, data in {@code data/kafka}. Its jars come from the launcher module's build
 * (target/kafka-libs), kept off the launcher's own class path.
 */
final class KafkaBroker implements Component {

    /** Logged by KafkaRaftServer once the broker and controller serve: the readiness signal the recipes name. */
    static final String STARTED_LINE = "Kafka Server started";

    private final Layout layout;
    private final int port;
    private final int controllerPort;
    private final List<String> javaOptions;
    private final List<String> topics;
    private final int partitions;

    KafkaBroker(
            Layout layout,
            int port,
            int controllerPort,
            List<String> javaOptions,
            List<String> topics,
            int partitions) {
        this.layout = layout;
        this.port = port;
        this.controllerPort = controllerPort;
        this.javaOptions = List.copyOf(javaOptions);
        this.topics = List.copyOf(topics);
        this.partitions = partitions;
    }

    @Override
    public String name() {
        return Components.KAFKA;
    }

    @Override
    public int stage() {
        return 0;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public List<Integer> ports() {
        return List.of(port, controllerPort);
    }

    @Override
    public void checkPrerequisites() {
        LibraryJars.require(name(), layout.kafkaLibs(), "kafka_2.13-", "the Kafka broker's jars are");
    }

    @Override
    public void prepare(Readiness readiness) throws Exception {
        Path data = layout.dataDir(name());
        KafkaConfig.write(layout.confDir(name()), data, port, controllerPort, partitions);
        if (!Files.isRegularFile(data.resolve("meta.properties"))) {
            format(data, readiness);
        }
    }

    /**
     * KRaft storage must be formatted once with a cluster id. The id is what {@code StorageTool random-uuid}
     * prints, made here with the same kafka-clients call (one JVM start fewer); the formatting itself is
     * Kafka's own {@code kafka.tools.StorageTool format}.
     */
    private void format(Path data, Readiness readiness) throws IOException, InterruptedException {
        Files.createDirectories(data);
        String clusterId = Uuid.randomUuid().toString();
        List<String> command = JavaCommand.command(
                layout.home(),
                name() + "-format",
                List.of("-Xmx128m", "-XX:+UseSerialGC"),
                List.of(
                        "-Dlog4j2.configurationFile=" + config(KafkaConfig.LOG4J2_PROPERTIES),
                        "-cp",
                        classPath(),
                        "kafka.tools.StorageTool",
                        "format",
                        "-t",
                        clusterId,
                        "-c",
                        config(KafkaConfig.SERVER_PROPERTIES)));
        int exit = ProcessStarter.runToCompletion(command, layout.logFile(name()), readiness.remaining());
        if (exit != 0) {
            throw readiness.fail("formatting the storage failed with exit code " + exit, null);
        }
    }

    @Override
    public ProcessSpec process() {
        List<String> command = JavaCommand.command(
                layout.home(),
                name(),
                javaOptions,
                List.of(
                        "-Djava.awt.headless=true",
                        "-Dlog4j2.configurationFile=" + config(KafkaConfig.LOG4J2_PROPERTIES),
                        "-Dkafka.logs.dir=" + layout.logs(),
                        "-cp",
                        classPath(),
                        "kafka.Kafka",
                        config(KafkaConfig.SERVER_PROPERTIES)));
        return new ProcessSpec(command, Map.of(), layout.dataDir(name()).getParent());
    }

    @Override
    public List<String> identity() {
        return JavaCommand.identity(layout.home(), name());
    }

    @Override
    public StopSignal stopSignal() {
        return StopSignal.TERM;
    }

    @Override
    public Duration stopTimeout() {
        return Duration.ofSeconds(30);
    }

    @Override
    public void awaitReady(Readiness readiness) {
        readiness.await("port " + port + " to accept connections", () -> Net.isListening(port));
        readiness.await(
                "the log line \"" + STARTED_LINE + "\"", () -> LogFiles.contains(layout.logFile(name()), STARTED_LINE));
    }

    @Override
    public void afterReady() throws Exception {
        KafkaTopics.ensure(bootstrap(), topics, partitions);
    }

    @Override
    public boolean isHealthy() {
        return KafkaTopics.ping(bootstrap());
    }

    String bootstrap() {
        return "localhost:" + port;
    }

    /** A class-path wildcard, expanded by the java launcher itself (no shell involved). */
    private String classPath() {
        return layout.kafkaLibs().resolve("*").toString();
    }

    private String config(String file) {
        return layout.confDir(name()).resolve(file).toString();
    }
}
