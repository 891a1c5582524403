package org.mentorship.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The broker's configuration files, written on every start from the current ports (so a changed
 * MENTORSHIP_KAFKA_PORT simply applies): one node in KRaft combined mode (broker and controller in one process,
 * no ZooKeeper), every internal topic at replication factor 1, and a log4j2 configuration that logs INFO to
 * stdout, which the launcher sends to kafka.log and reads for "Kafka Server started".
 */
final class KafkaConfig {

    static final String SERVER_PROPERTIES = "server.properties";
    static final String LOG4J2_PROPERTIES = "log4j2.properties";

    private KafkaConfig() {}

    static void write(Path confDir, Path dataDir, int port, int controllerPort, int partitions) throws IOException {
        Files.createDirectories(confDir);
        Files.writeString(
                confDir.resolve(SERVER_PROPERTIES),
                serverProperties(dataDir, port, controllerPort, partitions),
                StandardCharsets.UTF_8);
        Files.writeString(confDir.resolve(LOG4J2_PROPERTIES), LOG4J2, StandardCharsets.UTF_8);
    }

    static String serverProperties(Path dataDir, int port, int controllerPort, int partitions) {
        return """
                # Written by the launcher on every start; edits here are overwritten.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@localhost:%2$d
                listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                advertised.listeners=PLAINTEXT://localhost:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                num.partitions=%4$d
                # One node: every internal topic can only have one replica.
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=10
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                # Consumers of a fresh group get their partitions at once instead of after 3 s.
                group.initial.rebalance.delay.ms=0
                # Dead-letter and retry topics of the services are created on first use.
                auto.create.topics.enable=true
                # The log cleaner's offset map (for the compacted __consumer_offsets) takes 128 MB of heap by default:
                # measured as 150 MB of live byte[] in the broker's heap. A few MB hold the local run's offsets.
                log.cleaner.dedupe.buffer.size=8388608
                """.formatted(port, controllerPort, dataDir.toString().replace("\\", "/"), partitions);
    }

    private static final String LOG4J2 = """
            # Written by the launcher on every start.
            status = warn
            appender.out.type = Console
            appender.out.name = STDOUT
            appender.out.layout.type = PatternLayout
            appender.out.layout.pattern = [%d] %p %m (%c)%n
            rootLogger.level = INFO
            rootLogger.appenderRef.out.ref = STDOUT
            # The chattiest loggers at startup (full config dumps) and per request.
            logger.config.name = org.apache.kafka.common.config.AbstractConfig
            logger.config.level = WARN
            logger.request.name = kafka.request.logger
            logger.request.level = WARN
            """;
}
