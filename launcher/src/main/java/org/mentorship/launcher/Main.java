package org.mentorship.launcher;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line behind {@code ./mentorship}: {@code up}, {@code down}, {@code status}, {@code token},
 * {@code clock}, {@code logs}. Everything it does goes through {@link LocalSystem}, the same code the system tests use; this class
 * only reads the environment and prints. Exit codes: 0 done, 1 failed, 2 usage.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        if (args.length == 0) {
            usage(out);
            return 2;
        }
        List<String> only = List.of(args).subList(1, args.length);
        ConsoleListener console = new ConsoleListener(out, err);
        try {
            return switch (args[0]) {
                case "up" -> up(system(env, console, only), console, out, err);
                case "down" -> down(system(env, console, only), out);
                case "status" -> status(system(env, console, only), out);
                case "token" -> token(system(env, console, List.of()), only, out, err);
                case "clock" -> clock(system(env, console, List.of()), only, out, err);
                case "dead-letters" -> deadLetters(system(env, console, List.of()), only, out, err);
                case "logs" -> logs(system(env, console, List.of()), only, out);
                case "help", "-h", "--help" -> {
                    usage(out);
                    yield 0;
                }
                default -> {
                    err.println("Unknown command: " + args[0]);
                    usage(err);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            // An unknown component name.
            err.println("Error: " + e.getMessage());
            return 2;
        } catch (LaunchException e) {
            // Configuration errors (a port variable that is not a number, ...) and refusals.
            err.println("Error: " + e.getMessage());
            return 1;
        }
    }

    /** @param only component names given after the command; none means all of them */
    private static LocalSystem system(Map<String, String> env, ConsoleListener console, List<String> only) {
        LocalSystem.Builder builder = LocalSystem.builder()
                .repositoryRoot(repositoryRoot())
                .fromEnvironment(env)
                .listener(console);
        if (!only.isEmpty()) {
            builder.components(only);
        }
        return builder.build();
    }

    /**
     * {@code token --role mentee --user alice [--role mentor ...] [--org CNSF ...]}: prints a bearer token for the
     * local run; {@code --org} names an organisation an org-admin runs.
     */
    private static int token(LocalSystem system, List<String> args, PrintStream out, PrintStream err) {
        String user = null;
        List<String> roles = new java.util.ArrayList<>();
        List<String> organizations = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--user" -> user = args.get(i + 1);
                case "--role" -> roles.add(args.get(i + 1));
                case "--org" -> organizations.add(args.get(i + 1));
                default -> {
                    err.println("Unknown option " + args.get(i) + "; usage: token --role ROLE --user USER");
                    return 2;
                }
            }
        }
        if (user == null || roles.isEmpty() || args.size() % 2 != 0) {
            err.println("Usage: ./mentorship token --role mentee|mentor|coordinator|finance|partner|org-admin"
                    + " --user USER [--org ORGANISATION ...]");
            return 2;
        }
        out.println(system.token(user, organizations, roles.toArray(String[]::new)));
        return 0;
    }

    /** {@code clock} shows every service's program clock; {@code clock advance P14D} moves them all forward. */
    private static int clock(LocalSystem system, List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.equals(List.of("show"))) {
            Instant realTime = Instant.now();
            List<ClockReading> readings = system.clock();
            out.println("Program clocks (real time " + realTime.truncatedTo(ChronoUnit.SECONDS) + "):");
            printClocks(readings, out);
            return 0;
        }
        if (args.size() != 2 || !args.get(0).equals("advance")) {
            err.println("Usage: ./mentorship clock              show each service's program clock");
            err.println(
                    "       ./mentorship clock advance P14D move every service's clock forward (ISO 8601: P14D, PT6H, P2W)");
            return 2;
        }
        Duration by = ProgramClocks.parse(args.get(1));
        List<ClockReading> readings = system.advanceClock(by);
        out.println("Program clocks moved forward by " + ProgramClocks.describe(by) + ":");
        printClocks(readings, out);
        return 0;
    }

    /** {@code dead-letters list [service]} shows each service's dead letters; {@code dead-letters replay SERVICE ID}. */
    private static int deadLetters(LocalSystem system, List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.get(0).equals("list") && args.size() <= 2) {
            List<DeadLetterClient.DeadLetter> letters =
                    system.deadLetters().list(args.size() == 2 ? args.get(1) : null);
            if (letters.isEmpty()) {
                out.println("No dead letters.");
                return 0;
            }
            out.printf(
                    "%-20s %-36s %-20s %-40s %-22s %-9s %s%n",
                    "SERVICE", "ID", "DEAD-LETTERED", "CONSUMER", "TYPE", "REPLAYED", "REASON");
            for (DeadLetterClient.DeadLetter d : letters) {
                out.printf(
                        "%-20s %-36s %-20s %-40s %-22s %-9s %s%n",
                        d.service(),
                        d.id(),
                        shortTime(d.deadLetteredAt()),
                        d.consumer(),
                        d.eventType() == null ? "-" : d.eventType(),
                        d.replayedAt() == null ? "no" : "yes",
                        oneLine(d.reason()));
            }
            out.println("Replay one with: ./mentorship dead-letters replay <service> <id>");
            return 0;
        }
        if (args.size() == 3 && args.get(0).equals("replay")) {
            java.util.UUID id;
            try {
                id = java.util.UUID.fromString(args.get(2));
            } catch (IllegalArgumentException e) {
                err.println("'" + args.get(2) + "' is not a dead letter id (a UUID, as `dead-letters list` shows)");
                return 2;
            }
            DeadLetterClient.DeadLetter d = system.deadLetters().replay(args.get(1), id);
            out.println("Replayed " + d.id() + " (" + (d.eventType() == null ? "?" : d.eventType()) + " " + d.eventId()
                    + ") on " + d.service() + ": " + d.replayOutcome() + " (by " + d.replayedBy() + " at "
                    + d.replayedAt() + ")");
            return 0;
        }
        err.println("Usage: ./mentorship dead-letters list [service]         each service's dead letters");
        err.println("       ./mentorship dead-letters replay <service> <id>  replay one through its consumer's inbox");
        return 2;
    }

    /**
     * {@code logs [component...] [-f]}: the last lines of the named components' logs (all when none is named);
     * {@code -f} keeps printing what they append until Ctrl-C. An unknown component is a usage error (exit 2).
     */
    private static int logs(LocalSystem system, List<String> args, PrintStream out) {
        boolean follow = args.contains("-f") || args.contains("--follow");
        List<String> named = args.stream()
                .filter(a -> !a.equals("-f") && !a.equals("--follow"))
                .toList();
        Map<String, Path> files = new java.util.LinkedHashMap<>();
        for (String name : named.isEmpty() ? Components.ALL : named) {
            String component = Components.canonical(name); // IllegalArgumentException: exit 2 with the known names
            files.put(component, system.logFile(component));
        }
        LogViewer viewer = new LogViewer(files, out);
        viewer.printTails();
        if (follow) {
            try {
                viewer.follow(() -> true, Duration.ofMillis(250));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return 0;
    }

    private static String shortTime(String instant) {
        return instant == null ? "-" : instant.length() > 19 ? instant.substring(0, 19) : instant;
    }

    private static String oneLine(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }

    private static void printClocks(List<ClockReading> readings, PrintStream out) {
        for (ClockReading reading : readings) {
            out.printf(
                    "  %-20s %s   (%s ahead of real time)%n",
                    reading.service(),
                    reading.now().truncatedTo(ChronoUnit.SECONDS),
                    ProgramClocks.describe(reading.offset()));
        }
        if (readings.stream()
                        .map(ClockReading::offset)
                        .map(d -> d.toSeconds())
                        .distinct()
                        .count()
                > 1) {
            out.println("Note: the services' clocks are not in step: a service restarted since the last advance starts"
                    + " again from real time. Restart them all (./mentorship down, up) to bring them back together.");
        }
    }

    private static int up(LocalSystem system, ConsoleListener console, PrintStream out, PrintStream err) {
        out.println("Starting the mentorship system (home " + system.home() + ")");
        Instant begin = Instant.now();
        try {
            system.start();
        } catch (StartRefusedException e) {
            err.println(e.getMessage());
            return 1;
        } catch (LaunchException e) {
            if (!console.failureReported()) {
                err.println("up failed: " + e.getMessage());
            }
            err.println("Nothing of this run is left running.");
            return 1;
        }
        Duration took = Duration.between(begin, Instant.now());
        Optional<Duration> warmup = system.warmUp();
        out.println();
        out.println("The mentorship system is up (" + ConsoleListener.seconds(took)
                + warmup.map(d -> "; first dashboard call " + ConsoleListener.seconds(d))
                        .orElse("") + ").");
        if (system.components().contains(Components.GATEWAY)) {
            out.println("  Gateway:    " + system.gatewayUrl());
            out.println("  Swagger UI: " + system.gatewayUrl() + "/q/swagger-ui");
        }
        if (system.components().contains(Components.SMTP)) {
            out.println("  Mail:       the services send to SMTP localhost:" + system.smtpPort()
                    + "; read what arrived at");
            out.println("              " + system.mailApiUrl() + "/api/user/<email>/messages/ (API page: "
                    + system.mailApiUrl() + "/)");
        }
        if (system.components().stream().anyMatch(Components.PROGRAM_SERVICES::contains)) {
            out.println("  Clock:      ./mentorship clock advance P14D moves the services' program clock two weeks on");
            out.println("  Tokens:     ./mentorship token --role coordinator --user cora");
        }
        out.println("  Logs:       " + system.logsDir());
        out.println("  Data:       " + system.dataDir());
        out.println("Stop it with: ./mentorship down");
        return 0;
    }

    private static int down(LocalSystem system, PrintStream out) {
        List<StopReport> reports = system.stop();
        boolean stoppedAny =
                reports.stream().anyMatch(r -> r.outcome() == StopOutcome.STOPPED || r.outcome() == StopOutcome.KILLED);
        out.println(
                stoppedAny
                        ? "The mentorship system is stopped; its data stays in " + system.dataDir()
                        : "Nothing was running.");
        return 0;
    }

    private static int status(LocalSystem system, PrintStream out) {
        out.print(StatusTable.format(system.status()));
        out.println("Home: " + system.home());
        return 0;
    }

    private static void usage(PrintStream out) {
        out.println("""
                Usage: ./mentorship <command> [component...]

                Commands:
                  up       build what is missing, start PostgreSQL, Kafka, the SMTP server, the four services and the gateway
                  down     stop everything that up started (data is kept; received mail is not)
                  status   show each component's pid, port and state
                  token    print a bearer token the local run accepts: token --role mentee --user alice
                  clock    show each service's program clock; `clock advance P14D` moves them all two weeks on
                  dead-letters  `dead-letters list [service]` shows each service's dead letters (what a consumer gave up
                           on, and why); `dead-letters replay <service> <id>` replays one with its original ce_id
                  logs     the last lines of each component's log, or of those named: `logs gateway`; -f follows them
                           (logs are appended across restarts; each run starts with a "===== start" line)
                  demo     run the whole program story against the running system (./mentorship demo)
                           (ISO 8601 durations: P14D, PT6H, P1DT12H, P2W)

                Components (all when none is named; e.g. `up postgres kafka smtp` for running a service in dev mode):
                  postgres kafka smtp application-service evaluation-service stipend-service certificate-service webhook-service gateway

                Mail: the services send to the SMTP server; read what arrived through its API,
                  http://localhost:8025/api/user/<email>/messages/ (the API's page: http://localhost:8025/)

                Environment:
                  MENTORSHIP_HOME            logs, pid files and data (default: <repo>/.mentorship)
                  MENTORSHIP_PG_PORT         PostgreSQL port (15432)
                  MENTORSHIP_KAFKA_PORT      Kafka port (19092; its controller takes the next one)
                  MENTORSHIP_SMTP_PORT       SMTP port of the mail server (3025)
                  MENTORSHIP_MAIL_UI_PORT    the mail server's API, where received mail is read (8025)
                  MENTORSHIP_<NAME>_PORT     APPLICATION 8081, EVALUATION 8082, STIPEND 8083, CERTIFICATE 8084, WEBHOOK 8085, GATEWAY 8080
                  MENTORSHIP_PORT_OFFSET     added to every default port
                  MENTORSHIP_JAVA_OPTS       JVM options of the services (default: %s)
                  MENTORSHIP_KAFKA_JAVA_OPTS JVM options of Kafka (default: %s)
                  MENTORSHIP_SMTP_JAVA_OPTS  JVM options of the mail server (default: %s)
                  MENTORSHIP_START_TIMEOUT   seconds each component may take to become healthy (120)
                  MENTORSHIP_PARALLELISM     how many services boot at once (2)""".formatted(
                        String.join(" ", JavaCommand.DEFAULT_SERVICE_OPTIONS),
                        String.join(" ", JavaCommand.DEFAULT_KAFKA_OPTIONS),
                        String.join(" ", JavaCommand.DEFAULT_SMTP_OPTIONS)));
    }

    /**
     * The project root: -Dmentorship.root (the script passes it), else two levels above launcher/target/launcher.jar,
     * else the working directory.
     */
    static Path repositoryRoot() {
        String property = System.getProperty("mentorship.root");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        try {
            // <root>/launcher/target/launcher.jar
            Path root = Path.of(Main.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getParent();
            for (int up = 0; up < 2 && root != null; up++) {
                root = root.getParent();
            }
            if (root != null
                    && Files.isRegularFile(root.resolve("pom.xml"))
                    && Files.isDirectory(root.resolve("launcher"))) {
                return root;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    /**
     * zonky and kafka-clients log through slf4j (slf4j-simple in the CLI): warnings only, and the Admin client's
     * connection retries not at all; the CLI says what went wrong itself.
     */
    private static void quietLibraryLogging() {
        System.setProperty(
                "org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty(
                "org.slf4j.simpleLogger.log.org.apache.kafka",
                System.getProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error"));
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }
}
