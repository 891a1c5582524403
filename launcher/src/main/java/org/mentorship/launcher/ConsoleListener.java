package org.mentorship.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** The CLI's progress lines: one as each component starts, is ready, or is stopped. */
final class ConsoleListener implements LaunchListener {

    private final PrintStream out;
    private final PrintStream err;
    private volatile boolean failureReported;

    ConsoleListener(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void starting(String component) {
        out.printf("  %-20s starting%n", component);
    }

    @Override
    public void ready(String component, long pid, int port, Duration took) {
        out.printf("  %-20s ready     pid %-7d port %-6d %s%n", component, pid, port, seconds(took));
    }

    /** The cause first, with the log's last lines and its path, then the stopping of what had started. */
    @Override
    public void failed(LaunchException failure) {
        failureReported = true;
        err.println();
        err.println("up failed: " + failure.getMessage());
        failure.logFile().ifPresent(log -> {
            String tail = failure.logTail(20);
            if (!tail.isBlank()) {
                err.println("Last lines of " + log + ":");
                tail.lines().forEach(line -> err.println("  | " + line));
            }
            err.println("Read the whole log: " + log);
        });
        err.println();
        err.println("Stopping what this run started:");
    }

    boolean failureReported() {
        return failureReported;
    }

    @Override
    public void stopped(StopReport report) {
        String pid = report.pid().isPresent() ? " (pid " + report.pid().getAsLong() + ")" : "";
        String text = switch (report.outcome()) {
            case NOT_RUNNING -> null;
            case STALE_PID_FILE -> "had already exited; removed its pid file";
            case NOT_OURS -> "pid file named another program" + pid + "; left it alone, removed the pid file";
            case STOPPED -> "stopped" + pid;
            case KILLED -> "killed" + pid + ": it did not stop in time";
        };
        if (text != null) {
            out.printf("  %-20s %s%n", report.component(), text);
        }
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
