package org.mentorship.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The components' log files: one per component, the previous run's kept beside it as {@code <name>.log.1} so a
 * failed start can still be compared with the last good one, without logs growing forever.
 */
final class LogFiles {

    private LogFiles() {
    }

    /** Moves last run's log aside so the new process starts a fresh file (and readiness scans only this run). */
    static void rotate(Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            if (Files.exists(logFile)) {
                Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rotate " + logFile, e);
        }
    }

    /** Whether the log already holds a line containing {@code text}: how Kafka says it is up. */
    static boolean contains(Path logFile, String text) {
        if (!Files.isRegularFile(logFile)) {
            return false;
        }
        try (var lines = Files.lines(logFile, StandardCharsets.ISO_8859_1)) {
            // ISO-8859-1 never fails on bytes that are not UTF-8; the text searched for is ASCII.
            return lines.anyMatch(line -> line.contains(text));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The last {@code count} lines, for error messages. Empty when the log does not exist (yet). */
    static String tail(Path logFile, int count) {
        if (!Files.isRegularFile(logFile)) {
            return "";
        }
        Deque<String> last = new ArrayDeque<>(count);
        try (var lines = Files.lines(logFile, StandardCharsets.ISO_8859_1)) {
            lines.forEach(line -> {
                if (last.size() == count) {
                    last.removeFirst();
                }
                last.addLast(line);
            });
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
        return String.join(System.lineSeparator(), List.copyOf(last));
    }
}
