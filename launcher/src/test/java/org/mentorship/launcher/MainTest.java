package org.mentorship.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's contract: commands, exit codes, the status table, down on an idle home. */
class MainTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anUnknownCommandPrintsTheUsage() {
        assertEquals(2, run("token-please"));
        assertTrue(text(err).contains("Unknown command: token-please"));
        assertTrue(text(err).contains("Usage: ./mentorship <command>"));
    }

    @Test
    void statusListsEveryComponentInStartOrder() {
        assertEquals(0, run("status"));
        String[] lines = text(out).split("\\R");
        assertTrue(lines[0].matches("COMPONENT\\s+PID\\s+PORT\\s+STATE\\s+NOTE"), lines[0]);
        for (int i = 0; i < Components.ALL.size(); i++) {
            assertTrue(lines[i + 1].matches(Components.ALL.get(i) + "\\s+-\\s+\\d+\\s+stopped.*"), lines[i + 1]);
        }
    }

    @Test
    void downWithNothingRunningSaysSo() {
        assertEquals(0, run("down"));
        assertTrue(text(out).contains("Nothing was running."), text(out));
    }

    @Test
    void anUnknownComponentIsAUsageError() {
        assertEquals(2, run("status", "database"));
        assertTrue(text(err).contains("Unknown component 'database'"), text(err));
    }

    @Test
    void clockTakesAnIso8601DurationOrPrintsItsUsage() {
        assertEquals(2, run("clock", "advance", "fortnight"));
        assertTrue(text(err).contains("Error: 'fortnight' is not an ISO 8601 duration; e.g. P14D"), text(err));
        assertEquals(2, run("clock", "back", "P1D"));
        assertTrue(text(err).contains("Usage: ./mentorship clock"), text(err));
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
