package org.mentorship.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Stops a component found through its pid file: the polite signal, a wait, then SIGKILL for it and whatever it
 * forked (PostgreSQL's backends). It never signals a pid whose command line does not match the component's
 * identity: a pid file that outlived a reboot may name an unrelated process by now.
 */
final class ProcessStopper {

    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    StopOutcome stop(Path pidFile, List<String> identity, StopSignal signal, Duration timeout) {
        OptionalLong read = PidFile.read(pidFile);
        if (read.isEmpty()) {
            boolean existed = pidFile.toFile().exists();
            PidFile.delete(pidFile);
            return existed ? StopOutcome.STALE_PID_FILE : StopOutcome.NOT_RUNNING;
        }
        long pid = read.getAsLong();
        if (!ProcessTable.isAlive(pid)) {
            PidFile.delete(pidFile);
            return StopOutcome.STALE_PID_FILE;
        }
        if (!ProcessTable.matches(pid, identity)) {
            PidFile.delete(pidFile);
            return StopOutcome.NOT_OURS;
        }
        // Taken before the signal: once the parent is gone its children are re-parented and out of sight.
        List<ProcessHandle> children =
                ProcessHandle.of(pid).map(h -> h.descendants().toList()).orElse(List.of());
        send(pid, signal);
        StopOutcome outcome = StopOutcome.STOPPED;
        if (!waitForExit(pid, timeout)) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            children.forEach(ProcessHandle::destroyForcibly);
            waitForExit(pid, KILL_WAIT);
            outcome = StopOutcome.KILLED;
        }
        PidFile.delete(pidFile);
        return outcome;
    }

    /**
     * SIGKILL at once, no shutdown at all (a crash, the kernel's OOM killer): for fault tests. The same checks as
     * {@link #stop}: only a live pid whose command line matches is killed, with whatever it forked.
     */
    StopOutcome kill(Path pidFile, List<String> identity) {
        OptionalLong read = PidFile.read(pidFile);
        if (read.isEmpty() || !ProcessTable.isAlive(read.getAsLong())) {
            boolean existed = pidFile.toFile().exists();
            PidFile.delete(pidFile);
            return existed ? StopOutcome.STALE_PID_FILE : StopOutcome.NOT_RUNNING;
        }
        long pid = read.getAsLong();
        if (!ProcessTable.matches(pid, identity)) {
            PidFile.delete(pidFile);
            return StopOutcome.NOT_OURS;
        }
        List<ProcessHandle> children =
                ProcessHandle.of(pid).map(h -> h.descendants().toList()).orElse(List.of());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        children.forEach(ProcessHandle::destroyForcibly);
        waitForExit(pid, KILL_WAIT);
        PidFile.delete(pidFile);
        return StopOutcome.KILLED;
    }

    private static void send(long pid, StopSignal signal) {
        if (signal == StopSignal.INT) {
            // Java can only send TERM and KILL itself; kill(1) sends the rest.
            try {
                Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid))
                        .redirectErrorStream(true)
                        .start();
                if (kill.waitFor() == 0) {
                    return;
                }
            } catch (IOException e) {
                // no kill(1): fall back to TERM below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
    }

    private static boolean waitForExit(long pid, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (ProcessTable.isAlive(pid)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !ProcessTable.isAlive(pid);
            }
        }
        return true;
    }
}
