package org.mentorship.testsupport;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Apache Kafka broker (KRaft, one combined broker and controller) started once per test JVM from
 * Apache's own jars, or an external one when {@code MENTORSHIP_TEST_KAFKA_BOOTSTRAP} is set.
 */
public final class TestKafka {

    private static TestKafka instance;

    private final KafkaClusterTestKit cluster;
    private final String bootstrapServers;

    private TestKafka(KafkaClusterTestKit cluster, String bootstrapServers) {
        this.cluster = cluster;
        this.bootstrapServers = bootstrapServers;
    }

    public static synchronized TestKafka get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "test-kafka-stop"));
        }
        return instance;
    }

    private static TestKafka start() {
        String external = System.getenv("MENTORSHIP_TEST_KAFKA_BOOTSTRAP");
        if (external != null && !external.isBlank()) {
            return new TestKafka(null, external);
        }
        // The broker halts its JVM on a storage fault; while the test JVM exits, the kit deletes its directories
        // under a still-running checkpoint task, which must not turn a green run into a crashed fork.
        Exit.setHaltProcedure(
                (code, message) -> System.err.println("Test Kafka broker halt(" + code + ") ignored: " + message));
        Exit.setExitProcedure(
                (code, message) -> System.err.println("Test Kafka broker exit(" + code + ") ignored: " + message));
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                            .setCombined(true)
                            .setNumBrokerNodes(1)
                            .setNumControllerNodes(1)
                            .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                            .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new TestKafka(cluster, cluster.bootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded Kafka broker", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    private void close() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception ignored) {
                // The JVM is exiting.
            }
        }
    }
}
