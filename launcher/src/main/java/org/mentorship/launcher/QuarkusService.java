package org.mentorship.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One of the Quarkus applications (the four services and the gateway) run from its packaged fast-jar,
 * {@code java <options> -jar <module>/target/quarkus-app/quarkus-run.jar}, configured only through the environment
 * (Quarkus maps QUARKUS_HTTP_PORT to quarkus.http.port and so on), so the launcher needs no knowledge of the
 * services' configuration files.
 */
final class QuarkusService implements Component {

    /** quarkus.log.console.json.enabled: true in the services' prod profile, off for the local run. */
    static final String LOG_JSON_VARIABLE = "QUARKUS_LOG_CONSOLE_JSON_ENABLED";

    private final Layout layout;
    private final String name;
    private final int port;
    private final List<String> javaOptions;
    private final Supplier<Map<String, String>> environment;

    /**
     * @param environment the service's own settings (datasource, Kafka, upstream URLs, keys); asked for only when
     *                    the process starts (a key is made then, not for status or down); the port is added here
     */
    QuarkusService(
            Layout layout, String name, int port, List<String> javaOptions, Supplier<Map<String, String>> environment) {
        this.layout = layout;
        this.name = name;
        this.port = port;
        this.javaOptions = List.copyOf(javaOptions);
        this.environment = environment;
    }

    @Override
    public String name() {
        return name;
    }

    /** After PostgreSQL and Kafka (stage 0); the gateway last, once the services it routes to answer. */
    @Override
    public int stage() {
        return Components.GATEWAY.equals(name) ? 2 : 1;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public List<Integer> ports() {
        return List.of(port);
    }

    @Override
    public void checkPrerequisites() {
        Path jar = jar();
        if (!Files.isRegularFile(jar)) {
            throw new LaunchException(
                    name,
                    "its application is not built: " + jar + " is missing; build it with ./mvnw -B -DskipTests install",
                    null,
                    null);
        }
    }

    @Override
    public void prepare(Readiness readiness) {
        // Nothing: the service migrates its own database (Flyway) on start.
    }

    @Override
    public ProcessSpec process() {
        List<String> command = JavaCommand.command(layout.home(), name, javaOptions, List.of("-jar", jar().toString()));
        Map<String, String> env = new HashMap<>(environment.get());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // The same Kafka group member after every restart (static membership): a service killed with -9 takes its
        // partitions back at once instead of waiting for its dead session to expire. One replica per name here.
        env.putIfAbsent("MENTORSHIP_KAFKA_INSTANCE_ID", name);
        // Readable text lines in the local run's log files; production (compose, Kubernetes) logs JSON. A developer
        // who wants the JSON lines locally exports QUARKUS_LOG_CONSOLE_JSON_ENABLED=true.
        env.putIfAbsent(LOG_JSON_VARIABLE, System.getenv().getOrDefault(LOG_JSON_VARIABLE, "false"));
        return new ProcessSpec(command, env, jar().getParent());
    }

    @Override
    public List<String> identity() {
        return JavaCommand.identity(layout.home(), name);
    }

    @Override
    public StopSignal stopSignal() {
        return StopSignal.TERM;
    }

    @Override
    public Duration stopTimeout() {
        return Duration.ofSeconds(20);
    }

    @Override
    public void awaitReady(Readiness readiness) {
        readiness.await("GET " + url() + HttpHealth.READY_PATH + " to answer 200", () -> HttpHealth.isReady(url()));
    }

    @Override
    public boolean isHealthy() {
        return HttpHealth.isReady(url());
    }

    String url() {
        return "http://localhost:" + port;
    }

    private Path jar() {
        return layout.serviceJar(name);
    }
}
