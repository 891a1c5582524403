package org.mentorship.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The components' log files: one per component, appended across restarts so the lines of a run that died are still
 * there after {@code up <component>} starts it again. Each run begins with a {@link #START_MARKER} line; a file grown
 * past {@link #ROTATE_AT_BYTES} is moved aside to {@code <name>.log.1} first, so logs do not grow forever.
 */
final class LogFiles {

    /** The beginning of the line that opens each run; {@link #contains} looks only at the lines after the last one. */
    static final String START_MARKER = "===== start ";

    static final long ROTATE_AT_BYTES = 64L * 1024 * 1024;

    private LogFiles() {}

    /**
     * Opens a new run in the log: moves an oversized log aside, then appends the start marker (time, component, the
     * launcher's pid). Whatever the component prints next (initdb, its own output) follows it.
     */
    static void startRun(Path logFile, String component, Instant at) {
        try {
            Files.createDirectories(logFile.getParent());
            if (Files.isRegularFile(logFile) && Files.size(logFile) > ROTATE_AT_BYTES) {
                Files.move(
                        logFile,
                        logFile.resolveSibling(logFile.getFileName() + ".1"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            append(
                    logFile,
                    START_MARKER + at + " " + component + " (./mentorship up, launcher pid "
                            + ProcessHandle.current().pid() + ") =====");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open a new run in " + logFile, e);
        }
    }

    /** Notes the pid the run's process got, right after it started (appended: the process may be writing already). */
    static void notePid(Path logFile, String component, long pid) {
        try {
            append(logFile, "===== " + component + " pid " + pid + " =====");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to " + logFile, e);
        }
    }

    private static void append(Path logFile, String line) throws IOException {
        // O_APPEND, like the process's own redirect, so lines written by both never overwrite each other.
        Files.writeString(
                logFile,
                line + System.lineSeparator(),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /**
     * Whether the current run (the lines after the last start marker) holds a line containing {@code text}: how
     * Kafka says it is up. An earlier run's "started" line must not count.
     */
    static boolean contains(Path logFile, String text) {
        if (!Files.isRegularFile(logFile)) {
            return false;
        }
        boolean found = false;
        try (BufferedReader lines = Files.newBufferedReader(logFile, StandardCharsets.ISO_8859_1)) {
            // ISO-8859-1 never fails on bytes that are not UTF-8; the text searched for is ASCII.
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(START_MARKER)) {
                    found = false;
                } else if (line.contains(text)) {
                    found = true;
                }
            }
            return found;
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
