package org.mentorship.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the operating system says about a pid: alive or not, and its command line. Reads {@code /proc} on Linux
 * because {@link ProcessHandle} counts a zombie as alive and may shorten the command line; elsewhere it falls back
 * to {@link ProcessHandle}.
 */
final class ProcessTable {

    private static final Path PROC = Path.of("/proc");

    private ProcessTable() {}

    static boolean isAlive(long pid) {
        if (Files.isDirectory(PROC.resolve("self"))) {
            try {
                String stat =
                        Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.ISO_8859_1);
                // "pid (comm) S ...": the state follows the last ')', since comm may itself contain ')'.
                char state = stat.substring(stat.lastIndexOf(')') + 2).charAt(0);
                return state != 'Z' && state != 'X';
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The full command line, arguments separated by spaces; empty if the process is gone or unreadable. */
    static Optional<String> commandLine(long pid) {
        Path cmdline = PROC.resolve(Long.toString(pid)).resolve("cmdline");
        if (Files.isRegularFile(cmdline)) {
            try {
                String text = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8)
                        .replace('\0', ' ')
                        .trim();
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return ProcessHandle.of(pid).flatMap(handle -> handle.info().commandLine());
    }

    /**
     * Whether {@code pid} is still the process we started: its command line holds every identity string (data
     * directory, component name, home). This is what keeps a recycled pid from being killed.
     */
    static boolean matches(long pid, List<String> identity) {
        return commandLine(pid)
                .map(line -> identity.stream().allMatch(line::contains))
                .orElse(false);
    }
}
