package org.mentorship.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the launcher starts a JVM (Kafka, each service): the launcher's own {@code java}, the given options, and
 * two system properties that carry no configuration but make the process recognisable by its command line
 * ({@code -Dmentorship.home=... -Dmentorship.component=...}), which is what {@code down} checks before it
 * signals a pid.
 */
final class JavaCommand {

    /**
     * Small heaps: five JVMs and Kafka on a 2-core laptop or CI machine. Serial GC costs no extra threads
     * or memory; a smaller thread stack matters with Quarkus's worker pools. A service's live heap after a full GC
     * under load is about 32 MB (the gateway's 13 MB; jcmd GC.heap_info): 96 MB leaves room for bursts, where
     * 160 MB was all committed after a benchmark and counted in the run's memory.
     */
    static final List<String> DEFAULT_SERVICE_OPTIONS =
            List.of("-XX:+UseSerialGC", "-Xmx96m", "-XX:MaxMetaspaceSize=160m", "-Xss512k");

    /**
     * The broker: with the log cleaner's offset map cut to 8 MB (KafkaConfig) its live heap is a few tens of MB;
     * the default 128 MB map was most of the 165 MB measured live at -Xmx384m.
     */
    static final List<String> DEFAULT_KAFKA_OPTIONS = List.of("-Xmx160m", "-Xms32m", "-XX:+UseSerialGC");

    /**
     * The mail server: a few messages in memory. C1 only: it starts faster and smaller, and never runs long
     * enough for C2 to pay.
     */
    static final List<String> DEFAULT_SMTP_OPTIONS =
            List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");

    private JavaCommand() {}

    static List<String> command(Path home, String component, List<String> options, List<String> rest) {
        List<String> command = new ArrayList<>();
        command.add(Executables.java().toString());
        command.addAll(options);
        command.addAll(identityArguments(home, component));
        command.addAll(rest);
        return command;
    }

    private static List<String> identityArguments(Path home, String component) {
        return List.of("-Dmentorship.home=" + home, "-Dmentorship.component=" + component);
    }

    /** The identity arguments as they appear in the command line, space-joined (no prefix of another home). */
    static List<String> identity(Path home, String component) {
        return List.of("-Dmentorship.home=" + home + " -Dmentorship.component=" + component + " ");
    }

    /** MENTORSHIP_JAVA_OPTS and the like: options separated by white space (no quoting, as JAVA_OPTS usually are). */
    static List<String> parseOptions(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.trim().split("\\s+")).toList();
    }
}
