package org.mentorship.launcher;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts a component's process detached from the launcher, so {@code up} can return and leave it running:
 * output goes to the component's log file (never a pipe, which would break once the launcher exits), input comes
 * from /dev/null, and {@code setsid} (where it exists) gives it its own session and process group, out of reach of
 * a Ctrl-C on the terminal that ran {@code up}. The pid is written to the component's pid file at once.
 *
 * <p>{@code setsid} called from a process that is not a group leader (as a JVM's child is not) calls setsid(2) and
 * execs, so the pid Java sees is the pid of the component itself.
 */
final class ProcessStarter {

    private static final Optional<Path> SETSID = Executables.find("setsid");

    private final Map<String, String> extraEnvironment;

    /** @param extraEnvironment set last, over the component's own variables: the caller's overrides win */
    ProcessStarter(Map<String, String> extraEnvironment) {
        this.extraEnvironment = Map.copyOf(extraEnvironment);
    }

    Process start(ProcessSpec spec, Path logFile, Path pidFile) throws IOException {
        List<String> command = new ArrayList<>();
        SETSID.ifPresent(setsid -> command.add(setsid.toString()));
        command.addAll(spec.command());
        Files.createDirectories(spec.workingDirectory());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(spec.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile.toFile()))
                .redirectInput(Redirect.from(new File("/dev/null")));
        builder.environment().putAll(spec.environment());
        builder.environment().putAll(extraEnvironment);
        Process process = builder.start();
        PidFile.write(pidFile, process.pid());
        return process;
    }

    /**
     * Runs a short helper to completion (initdb, Kafka's storage formatting), its output appended to the
     * component's log, so a failure is explained where the person already looks. Returns the exit code.
     */
    static int runToCompletion(List<String> command, Path logFile, Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(logFile.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile.toFile()))
                .redirectInput(Redirect.from(new File("/dev/null")))
                .start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IOException("Timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command));
        }
        return process.exitValue();
    }
}
