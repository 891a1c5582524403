package org.mentorship.launcher;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The whole mentorship system on this machine as separate processes: a real PostgreSQL, a real Kafka broker, a
 * real SMTP server (GreenMail), the four services and the gateway. The CLI ({@link Main}: up, down, status) and the system tests of another module
 * use this same class; the processes are detached, so a started system outlives the JVM that started it until
 * {@link #stop()} (or {@code ./mentorship down}, which finds them through their pid files).
 *
 * <pre>{@code
 * LocalSystem system = LocalSystem.builder()
 *         .repositoryRoot(root).home(tempDir).ports(Ports.findFree())
 *         .build();
 * system.start();           // blocks until every component is healthy, or throws LaunchException
 * ... system.gatewayUrl(), system.kafkaBootstrap(), system.jdbcUrl("stipend"), system.mailApiUrl() ...
 * system.advanceClock(Duration.ofDays(14));   // every service's program clock, two weeks on
 * system.stop();
 * }</pre>
 */
public final class LocalSystem {

    /** The role the services log in as, owner of their databases. Local-only credentials. */
    public static final String DATABASE_USER = "mentorship";

    public static final String DATABASE_PASSWORD = "mentorship";

    /** Each service's own database (the design: no service reads another's tables). */
    public static final Map<String, String> DATABASES = orderedMap(
            Components.APPLICATION, "application",
            Components.EVALUATION, "evaluation",
            Components.STIPEND, "stipend",
            Components.CERTIFICATE, "certificate",
            Components.WEBHOOK, "webhook");

    /** One topic per publishing service. */
    public static final List<String> TOPICS = List.of(
            "mentorship.applications.v1",
            "mentorship.evaluations.v1",
            "mentorship.stipends.v1",
            "mentorship.certificates.v1");

    public static final int TOPIC_PARTITIONS = 3;

    /** The role that may move the program clock (as the platform's Roles.COORDINATOR). */
    static final String COORDINATOR_ROLE = "coordinator";
    /** The role that may list and replay dead letters besides coordinators (as the platform's Roles.OPS). */
    static final String OPS_ROLE = "ops";

    /** The sender of the services' mail in the local run. */
    public static final String MAIL_FROM = "program@mentorship.local";
    /** How long a kill -9 waits for the killed process's sockets to close before the next start checks them. */
    private static final Duration KILLED_PORTS_WAIT = Duration.ofSeconds(5);

    private final Layout layout;
    private final Ports ports;
    private final List<Component> components;
    private final Map<String, String> environment;
    private final LaunchListener listener;
    private final int parallelism;
    private final Duration startTimeout;
    /** A copy of the options this system was built with, for {@link #toBuilder()}. */
    private final Builder settings;

    private LocalSystem(Builder builder) {
        Path root = builder.repositoryRoot;
        Path home = builder.home != null ? builder.home : root.resolve(".mentorship");
        Path tools = builder.tools != null ? builder.tools : home.resolve("tools");
        this.layout = new Layout(root, home, tools);
        this.ports = builder.ports;
        this.environment = Map.copyOf(builder.environment);
        this.listener = builder.listener;
        this.parallelism = builder.parallelism;
        this.startTimeout = builder.startTimeout;
        this.settings = builder.copy();
        this.components = new ComponentFactory(
                        layout, ports, builder.javaOptions, builder.kafkaJavaOptions, builder.smtpJavaOptions)
                .create(builder.components);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the selected components and blocks until all are healthy. Refuses, before starting anything, when a
     * component is already running, a port is taken or a jar is missing. If a component fails to start or
     * become healthy, stops what this call started and throws a {@link LaunchException} naming the component
     * and its log.
     */
    public void start() {
        createDirectories();
        new LocalTokens(layout).ensureKeys();
        Preflight.check(layout, components);
        StartSequence sequence = new StartSequence(
                layout,
                components,
                new ProcessStarter(environment),
                new ProcessStopper(),
                listener,
                parallelism,
                startTimeout);
        // A Ctrl-C (or a test runner's exit) in the middle of a start must not leave half a system behind.
        Thread abortOnExit = new Thread(sequence::abort, "mentorship-start-abort");
        Runtime.getRuntime().addShutdownHook(abortOnExit);
        try {
            sequence.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(abortOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or will run: it stops what was started
            }
        }
    }

    /**
     * Stops the selected components whose pid files exist, stage by stage from the last one started (the gateway,
     * then the services side by side, then the platform), and removes the pid files. A process is signalled only
     * while its command line still matches the component. Side by side because a service's shutdown waits for its
     * Kafka consumers to leave their group (about 6 s each); one after the other, that took 20 s.
     */
    public List<StopReport> stop() {
        ProcessStopper stopper = new ProcessStopper();
        Map<Integer, List<Component>> stages = new TreeMap<>(Comparator.reverseOrder());
        for (int i = components.size() - 1; i >= 0; i--) {
            stages.computeIfAbsent(components.get(i).stage(), stage -> new ArrayList<>())
                    .add(components.get(i));
        }
        List<StopReport> reports = new ArrayList<>();
        for (List<Component> stage : stages.values()) {
            List<CompletableFuture<StopReport>> stopping = stage.stream()
                    .map(c -> CompletableFuture.supplyAsync(() -> stop(stopper, c), runOnItsOwnThread()))
                    .toList();
            for (var report : stopping) {
                StopReport done = report.join();
                listener.stopped(done);
                reports.add(done);
            }
        }
        return reports;
    }

    /**
     * The same system (home, ports, options) restricted to these components: to stop and start one of them, e.g.
     * {@code system.only(Components.POSTGRES).stop()} for an outage, then {@code .start()} again.
     */
    public LocalSystem only(String... components) {
        return toBuilder().components(components).build();
    }

    /** A builder holding this system's options, to derive a variant (a component started with other settings). */
    public Builder toBuilder() {
        return settings.copy();
    }

    /**
     * Kills one component with SIGKILL, no shutdown at all, as a crash or the OOM killer would: for fault tests.
     * Only a process whose command line matches the component is killed; its pid file is removed, so
     * {@code only(component).start()} starts it again.
     */
    public StopReport kill(String component) {
        Component c = components.stream()
                .filter(x -> x.name().equals(Components.canonical(component)))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException(component + " is not part of this system: " + components()));
        Path pidFile = layout.pidFile(c.name());
        OptionalLong pid = PidFile.read(pidFile);
        StopReport report = new StopReport(c.name(), pid, new ProcessStopper().kill(pidFile, c.identity()));
        if (report.outcome() == StopOutcome.KILLED) {
            Net.awaitFree(c.ports(), KILLED_PORTS_WAIT);
        }
        listener.stopped(report);
        return report;
    }

    private StopReport stop(ProcessStopper stopper, Component component) {
        Path pidFile = layout.pidFile(component.name());
        OptionalLong pid = PidFile.read(pidFile);
        StopOutcome outcome =
                stopper.stop(pidFile, component.identity(), component.stopSignal(), component.stopTimeout());
        return new StopReport(component.name(), pid, outcome);
    }

    private static Executor runOnItsOwnThread() {
        return task -> {
            Thread thread = new Thread(task, "mentorship-stop");
            thread.setDaemon(true);
            thread.start();
        };
    }

    /** One row per selected component, in start order. */
    public List<ComponentStatus> status() {
        return components.stream()
                .map(c -> StatusProbe.of(c, layout.pidFile(c.name())))
                .toList();
    }

    /**
     * Calls the gateway's dashboard once, so every service has served its first request before a person does
     * (see {@link Warmup}). Empty when the gateway or a program service is not part of this system, or the call
     * failed; otherwise how long it took.
     */
    public Optional<Duration> warmUp() {
        if (!components().contains(Components.GATEWAY) || !components().containsAll(Components.PROGRAM_SERVICES)) {
            return Optional.empty();
        }
        return Warmup.dashboard(gatewayUrl(), token("launcher-warmup", COORDINATOR_ROLE));
    }

    /** A bearer token the running services accept, for {@code user} with {@code roles}; valid one hour. */
    public String token(String user, String... roles) {
        return new LocalTokens(layout).mint(user, Duration.ofHours(1), roles);
    }

    /** A bearer token with the {@code organizations} claim (read for an org-admin only); valid one hour. */
    public String token(String user, List<String> organizations, String... roles) {
        return new LocalTokens(layout).mint(user, Duration.ofHours(1), organizations, roles);
    }

    /** A bearer token for an {@code org-admin} of {@code organizations}; valid one hour. */
    public String orgAdminToken(String user, String... organizations) {
        return token(user, List.of(organizations), "org-admin");
    }

    /**
     * Moves the program clock of every program service of this system (its selected components, gateway aside)
     * forward by {@code by}, through their clock control, and returns each one's new time. Refuses, moving
     * nothing, when a service does not answer or refuses; see {@link ProgramClocks}.
     */
    public List<ClockReading> advanceClock(Duration by) {
        return programClocks().advance(by);
    }

    /** Each program service's clock as it reads now. */
    public List<ClockReading> clock() {
        return programClocks().read();
    }

    private ProgramClocks programClocks() {
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        for (String component : components()) {
            if (Components.PROGRAM_SERVICES.contains(component)) {
                servicePorts.put(component, ports.of(component));
            }
        }
        if (servicePorts.isEmpty()) {
            throw new IllegalStateException("this system has no program service (components: " + components() + ")");
        }
        return new ProgramClocks(servicePorts, () -> token("launcher-clock", COORDINATOR_ROLE));
    }

    /** The program services' dead letters, listed and replayed with an ops token (see {@link DeadLetterClient}). */
    public DeadLetterClient deadLetters() {
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        for (String component : components()) {
            if (Components.PROGRAM_SERVICES.contains(component)) {
                servicePorts.put(component, ports.of(component));
            }
        }
        return new DeadLetterClient(servicePorts, () -> token("launcher-ops", OPS_ROLE));
    }

    /** Where the services send mail: host localhost, this port, plain SMTP. */
    public int smtpPort() {
        return ports.smtp();
    }

    /** The mail server's HTTP API; {@link #mailboxUrl(String)} lists one recipient's mail. */
    public String mailApiUrl() {
        return "http://localhost:" + ports.mailApi();
    }

    /** A JSON array of the messages {@code recipient} received ({@code subject}, {@code mimeMessage}, ...). */
    public String mailboxUrl(String recipient) {
        return mailApiUrl() + "/api/user/"
                + URLEncoder.encode(recipient, StandardCharsets.UTF_8).replace("+", "%20") + "/messages/";
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.gateway();
    }

    /** The base URL of a service ("application-service" or just "application"; "gateway" too). */
    public String serviceUrl(String name) {
        String component = Components.canonical(name);
        if (!Components.SERVICES.contains(component)) {
            throw new IllegalArgumentException(name + " is not an HTTP service");
        }
        return "http://localhost:" + ports.of(component);
    }

    public String kafkaBootstrap() {
        return "localhost:" + ports.kafka();
    }

    /** The JDBC URL of a database ("application", "evaluation", "stipend", "certificate", "webhook" or any other). */
    public String jdbcUrl(String database) {
        return PostgresSetup.jdbcUrl(ports.postgres(), database);
    }

    public Path logFile(String component) {
        return layout.logFile(Components.canonical(component));
    }

    public Path logsDir() {
        return layout.logs();
    }

    public Path dataDir() {
        return layout.data();
    }

    public Path home() {
        return layout.home();
    }

    public Ports ports() {
        return ports;
    }

    public List<String> components() {
        return components.stream().map(Component::name).toList();
    }

    private void createDirectories() {
        try {
            for (Path dir : List.of(layout.home(), layout.logs(), layout.run(), layout.data(), layout.conf())) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new LaunchException("cannot create " + layout.home() + ": " + e.getMessage());
        }
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Options of a {@link LocalSystem}; every one has a default that matches {@code ./mentorship up}. */
    public static final class Builder {

        private Path repositoryRoot = defaultRepositoryRoot();
        private Path home;
        private Path tools;
        private Ports ports = Ports.defaults();
        private final Set<String> components = new LinkedHashSet<>(Components.ALL);
        private List<String> javaOptions = JavaCommand.DEFAULT_SERVICE_OPTIONS;
        private List<String> kafkaJavaOptions = JavaCommand.DEFAULT_KAFKA_OPTIONS;
        private List<String> smtpJavaOptions = JavaCommand.DEFAULT_SMTP_OPTIONS;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Duration startTimeout = Duration.ofSeconds(120);
        private int parallelism = 2;
        private LaunchListener listener = LaunchListener.NONE;

        private Builder() {}

        private Builder copy() {
            Builder copy = new Builder();
            copy.repositoryRoot = repositoryRoot;
            copy.home = home;
            copy.tools = tools;
            copy.ports = ports;
            copy.components.clear();
            copy.components.addAll(components);
            copy.javaOptions = javaOptions;
            copy.kafkaJavaOptions = kafkaJavaOptions;
            copy.smtpJavaOptions = smtpJavaOptions;
            copy.environment.putAll(environment);
            copy.startTimeout = startTimeout;
            copy.parallelism = parallelism;
            copy.listener = listener;
            return copy;
        }

        /** The Maven project root (default: system property mentorship.root, else the working directory). */
        public Builder repositoryRoot(Path root) {
            this.repositoryRoot = root;
            return this;
        }

        /** Where logs, pid files and data go (default: {@code <root>/.mentorship}). */
        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        /** Where the PostgreSQL binaries are unpacked (default: {@code <home>/tools}); tests share one. */
        public Builder tools(Path tools) {
            this.tools = tools;
            return this;
        }

        public Builder ports(Ports ports) {
            this.ports = ports;
            return this;
        }

        /** Only these components (names as in {@link Components}), started in the usual order. */
        public Builder components(String... names) {
            return components(List.of(names));
        }

        public Builder components(Collection<String> names) {
            components.clear();
            names.forEach(name -> components.add(Components.canonical(name)));
            return this;
        }

        /** JVM options of the services and the gateway. */
        public Builder javaOptions(List<String> options) {
            this.javaOptions = List.copyOf(options);
            return this;
        }

        public Builder kafkaJavaOptions(List<String> options) {
            this.kafkaJavaOptions = List.copyOf(options);
            return this;
        }

        /** JVM options of the mail server. */
        public Builder smtpJavaOptions(List<String> options) {
            this.smtpJavaOptions = List.copyOf(options);
            return this;
        }

        /** An environment variable for every component, over the launcher's own settings (e.g. a test profile). */
        public Builder environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        public Builder environment(Map<String, String> variables) {
            environment.putAll(variables);
            return this;
        }

        /** How long each component may take to become healthy (default 120 s). */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        /** How many components of one stage boot at once (default 2). */
        public Builder parallelism(int parallelism) {
            this.parallelism = parallelism;
            return this;
        }

        public Builder listener(LaunchListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * The CLI's settings from environment variables: MENTORSHIP_HOME, the ports (see
         * {@link Ports#fromEnvironment}), MENTORSHIP_JAVA_OPTS, MENTORSHIP_KAFKA_JAVA_OPTS,
         * MENTORSHIP_SMTP_JAVA_OPTS, MENTORSHIP_START_TIMEOUT (seconds), MENTORSHIP_PARALLELISM.
         */
        public Builder fromEnvironment(Map<String, String> env) {
            if (notBlank(env.get("MENTORSHIP_HOME"))) {
                home(Path.of(env.get("MENTORSHIP_HOME")).toAbsolutePath());
            }
            ports(Ports.fromEnvironment(env));
            if (notBlank(env.get("MENTORSHIP_JAVA_OPTS"))) {
                javaOptions(JavaCommand.parseOptions(env.get("MENTORSHIP_JAVA_OPTS")));
            }
            if (notBlank(env.get("MENTORSHIP_KAFKA_JAVA_OPTS"))) {
                kafkaJavaOptions(JavaCommand.parseOptions(env.get("MENTORSHIP_KAFKA_JAVA_OPTS")));
            }
            if (notBlank(env.get("MENTORSHIP_SMTP_JAVA_OPTS"))) {
                smtpJavaOptions(JavaCommand.parseOptions(env.get("MENTORSHIP_SMTP_JAVA_OPTS")));
            }
            if (notBlank(env.get("MENTORSHIP_START_TIMEOUT"))) {
                startTimeout(Duration.ofSeconds(number(env, "MENTORSHIP_START_TIMEOUT")));
            }
            if (notBlank(env.get("MENTORSHIP_PARALLELISM"))) {
                parallelism((int) number(env, "MENTORSHIP_PARALLELISM"));
            }
            return this;
        }

        public LocalSystem build() {
            return new LocalSystem(this);
        }

        private static Path defaultRepositoryRoot() {
            String property = System.getProperty("mentorship.root");
            return Path.of(notBlank(property) ? property : "").toAbsolutePath();
        }

        private static boolean notBlank(String value) {
            return value != null && !value.isBlank();
        }

        private static long number(Map<String, String> env, String name) {
            try {
                return Long.parseLong(env.get(name).trim());
            } catch (NumberFormatException e) {
                throw new LaunchException(name + "=" + env.get(name) + " is not a number");
            }
        }
    }
}
