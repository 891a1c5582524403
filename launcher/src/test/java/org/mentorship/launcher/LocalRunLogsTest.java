package org.mentorship.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The local run keeps its logs across restarts, and {@code ./mentorship logs} shows them. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LocalRunLogsTest {

    @TempDir
    Path home;

    private LocalSystem system;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void stopEverything() {
        if (system != null) {
            system.stop();
        }
    }

    @Test
    void aRestartedComponentKeepsItsEarlierLinesAfterAStartMarker() throws Exception {
        system = TestSystems.builder(home).components(Components.SMTP).build();
        system.start();
        long firstPid = system.status().get(0).pid().orElseThrow();
        system.stop();
        Path log = system.logFile(Components.SMTP);
        List<String> firstRun = Files.readAllLines(log, StandardCharsets.ISO_8859_1);

        system.start();
        long secondPid = system.status().get(0).pid().orElseThrow();
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);

        assertEquals(firstRun, lines.subList(0, firstRun.size()), "the first run's lines are still there, unchanged");
        List<String> markers =
                lines.stream().filter(l -> l.startsWith(LogFiles.START_MARKER)).toList();
        assertEquals(2, markers.size(), String.join("\n", lines));
        assertTrue(
                markers.get(1)
                        .matches(
                                "===== start \\d{4}-\\d\\d-\\d\\dT\\S+Z smtp \\(./mentorship up, launcher pid \\d+\\) ====="),
                markers.get(1));
        assertTrue(lines.contains("===== smtp pid " + firstPid + " ====="), String.join("\n", lines));
        assertTrue(lines.contains("===== smtp pid " + secondPid + " ====="), String.join("\n", lines));
        assertTrue(lines.size() > firstRun.size() + 2, "the second run wrote its own lines after its marker");
    }

    @Test
    void aLineIsFoundOnlyInTheCurrentRun() throws Exception {
        Path log = home.resolve("logs/kafka.log");
        LogFiles.startRun(log, "kafka", Instant.now());
        append(log, "[KafkaServer id=1] Kafka Server started");
        assertTrue(LogFiles.contains(log, "Kafka Server started"));

        LogFiles.startRun(log, "kafka", Instant.now());
        append(log, "formatting storage");
        assertFalse(
                LogFiles.contains(log, "Kafka Server started"), "the earlier run's line does not make this one ready");
    }

    @Test
    void logsPrintsTheNamedComponentsLogOnly() throws Exception {
        append(home.resolve("logs/gateway.log"), "gateway line one\ngateway line two");
        append(home.resolve("logs/stipend-service.log"), "stipend line");

        assertEquals(0, run("logs", "gateway"));

        assertEquals("gateway line one\ngateway line two\n", text(out).replace("\r\n", "\n"));
    }

    @Test
    void logsWithoutAComponentShowsTheLastLinesOfEach() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            many.append("stipend line ").append(i).append('\n');
        }
        append(home.resolve("logs/stipend-service.log"), many.toString().strip());

        assertEquals(0, run("logs"));

        String shown = text(out);
        for (String component : Components.ALL) {
            assertTrue(shown.contains("==> " + component + " ("), shown);
        }
        assertTrue(shown.contains("(no log yet: " + home.resolve("logs/gateway.log")), shown);
        assertTrue(shown.contains("stipend line 30") && shown.contains("stipend line 16"), shown);
        assertFalse(shown.contains("stipend line 15\n"), "only the last " + LogViewer.EACH_LOG_LINES + " lines");
    }

    @Test
    void anUnknownComponentIsAUsageError() {
        assertEquals(2, run("logs", "database", "-f"));
        assertTrue(text(err).contains("Unknown component 'database'; known: postgres, kafka"), text(err));
    }

    @Test
    void followPrintsWhatIsAppendedAfterwards() throws Exception {
        Path log = home.resolve("logs/gateway.log");
        append(log, "before");
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        LogViewer viewer = new LogViewer(Map.of(Components.GATEWAY, log), print);
        viewer.printTails();
        AtomicBoolean keepGoing = new AtomicBoolean(true);
        CompletableFuture<Void> following = CompletableFuture.runAsync(() -> {
            try {
                viewer.follow(keepGoing::get, Duration.ofMillis(20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        append(log, "after the restart");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!text(out).contains("after the restart") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        keepGoing.set(false);
        following.get(5, TimeUnit.SECONDS);

        assertEquals(
                "before\nafter the restart\n", text(out).replace("\r\n", "\n"), "the tail, then what came after, once");
    }

    private static void append(Path log, String lines) throws Exception {
        Files.createDirectories(log.getParent());
        Files.writeString(
                log, lines + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private int run(String... args) {
        Map<String, String> env = Map.of("MENTORSHIP_HOME", home.toString(), "MENTORSHIP_PORT_OFFSET", "7");
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                env);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
