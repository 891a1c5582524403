package org.mentorship.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code ./mentorship logs [component...] [-f]}: the last lines of each component's log, and with {@code -f} what
 * is appended afterwards, like {@code tail -f}. Hand-written rather than exec'ing tail: a few lines, no dependency
 * on the tail the machine has, and testable. A log moved aside ({@code .log.1}) is followed from the new file's start.
 */
final class LogViewer {

    /** Lines shown of one component's log; of each one when several are shown. */
    static final int ONE_LOG_LINES = 50;

    static final int EACH_LOG_LINES = 15;

    private final Map<String, Path> logs;
    private final PrintStream out;
    private final Map<String, Long> positions = new LinkedHashMap<>();
    private String lastShown;

    /** @param logs component name to its log file, in the order to show them */
    LogViewer(Map<String, Path> logs, PrintStream out) {
        this.logs = new LinkedHashMap<>(logs);
        this.out = out;
    }

    /** Prints the last lines of every log, each under a header when there are several. */
    void printTails() {
        int count = logs.size() == 1 ? ONE_LOG_LINES : EACH_LOG_LINES;
        for (Map.Entry<String, Path> log : logs.entrySet()) {
            positions.put(log.getKey(), size(log.getValue())); // follow goes on from here: nothing skipped
            if (logs.size() > 1) {
                header(log.getKey(), log.getValue());
            }
            if (!Files.isRegularFile(log.getValue())) {
                out.println("(no log yet: " + log.getValue() + ")");
                continue;
            }
            String tail = LogFiles.tail(log.getValue(), count);
            if (!tail.isEmpty()) {
                out.println(tail);
            }
        }
        out.flush();
    }

    /**
     * Prints complete lines appended to any of the logs (since {@link #printTails}, or from now) until
     * {@code keepGoing} says stop (Ctrl-C, for the CLI).
     */
    void follow(BooleanSupplier keepGoing, Duration poll) throws InterruptedException {
        logs.forEach((name, file) -> positions.computeIfAbsent(name, n -> size(file)));
        while (keepGoing.getAsBoolean()) {
            for (Map.Entry<String, Path> log : logs.entrySet()) {
                positions.put(log.getKey(), printNew(log.getKey(), log.getValue(), positions.get(log.getKey())));
            }
            out.flush();
            Thread.sleep(poll.toMillis());
        }
    }

    private long printNew(String name, Path file, long from) {
        long size = size(file);
        long start = size < from ? 0 : from; // smaller than before: moved aside, a new file began
        if (size <= start) {
            return start;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.min(size - start, 1 << 20)];
            in.seek(start);
            in.readFully(bytes);
            int end = lastNewline(bytes) + 1; // only complete lines; the rest comes with the next poll
            if (end == 0) {
                return start;
            }
            if (logs.size() > 1 && !name.equals(lastShown)) {
                header(name, file);
            }
            out.write(bytes, 0, end);
            return start + end;
        } catch (IOException e) {
            return start; // gone for a moment (moved aside): read again next time
        }
    }

    private void header(String name, Path file) {
        out.println("==> " + name + " (" + file + ") <==");
        lastShown = name;
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
