package org.mentorship.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping by pid file: only our own processes, politely first, by force when they do not listen. */
class ProcessStopperTest {

    @TempDir
    Path home;

    private Process process;

    @AfterEach
    void cleanUp() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void aPidWhoseCommandLineDoesNotMatchIsNeverSignalled() throws Exception {
        // The pid file names a live process that is not postgres: as after a reboot recycled the pid.
        process = new ProcessBuilder("sleep", "300").start();
        LocalSystem system =
                TestSystems.builder(home).components(Components.POSTGRES).build();
        PidFile.write(home.resolve("run/postgres.pid"), process.pid());

        assertEquals(ComponentStatus.State.STOPPED, system.status().get(0).state());
        List<StopReport> reports = system.stop();

        assertEquals(StopOutcome.NOT_OURS, reports.get(0).outcome());
        assertFalse(process.waitFor(1, TimeUnit.SECONDS), "the unrelated process still runs");
        assertFalse(Files.exists(home.resolve("run/postgres.pid")), "the stale pid file is removed");
    }

    @Test
    void aMatchingProcessIsStoppedWithItsSignal() throws Exception {
        process = new ProcessBuilder("sleep", "301").start();
        Path pidFile = home.resolve("run/x.pid");
        PidFile.write(pidFile, process.pid());

        StopOutcome outcome =
                new ProcessStopper().stop(pidFile, List.of("sleep 301"), StopSignal.TERM, Duration.ofSeconds(10));

        assertEquals(StopOutcome.STOPPED, outcome);
        assertTrue(process.waitFor(5, TimeUnit.SECONDS));
        assertFalse(Files.exists(pidFile));
    }

    @Test
    void aProcessIgnoringItsSignalIsKilledWithItsChildren() throws Exception {
        // bash ignores TERM and so does its sleep child (ignored signals are inherited).
        process = new ProcessBuilder("bash", "-c", "trap '' TERM INT; sleep 302; true").start();
        Path pidFile = home.resolve("run/x.pid");
        PidFile.write(pidFile, process.pid());
        waitForChild(process);
        List<ProcessHandle> children = process.descendants().toList();

        StopOutcome outcome =
                new ProcessStopper().stop(pidFile, List.of("sleep 302"), StopSignal.INT, Duration.ofMillis(500));

        assertEquals(StopOutcome.KILLED, outcome);
        assertTrue(process.waitFor(5, TimeUnit.SECONDS));
        for (ProcessHandle child : children) {
            child.onExit().get(5, TimeUnit.SECONDS);
            assertFalse(ProcessTable.isAlive(child.pid()), "no orphan left");
        }
    }

    @Test
    void aKillIsImmediateAndTakesTheChildrenEvenWhenSignalsAreIgnored() throws Exception {
        process = new ProcessBuilder("bash", "-c", "trap '' TERM INT; sleep 303; true").start();
        Path pidFile = home.resolve("run/x.pid");
        PidFile.write(pidFile, process.pid());
        waitForChild(process);
        List<ProcessHandle> children = process.descendants().toList();
        long started = System.nanoTime();

        StopOutcome outcome = new ProcessStopper().kill(pidFile, List.of("sleep 303"));

        assertEquals(StopOutcome.KILLED, outcome);
        assertTrue(process.waitFor(5, TimeUnit.SECONDS));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 3_000, "no polite wait before the kill");
        for (ProcessHandle child : children) {
            child.onExit().get(5, TimeUnit.SECONDS);
            assertFalse(ProcessTable.isAlive(child.pid()), "no orphan left");
        }
        assertFalse(Files.exists(pidFile));
    }

    @Test
    void aKillNeverSignalsAPidThatIsNotOurs() throws Exception {
        process = new ProcessBuilder("sleep", "304").start();
        Path pidFile = home.resolve("run/x.pid");
        PidFile.write(pidFile, process.pid());

        assertEquals(StopOutcome.NOT_OURS, new ProcessStopper().kill(pidFile, List.of("postgres -D")));
        assertFalse(process.waitFor(1, TimeUnit.SECONDS), "the unrelated process still runs");
    }

    @Test
    void onlyKeepsTheHomeAndPortsOfTheSystem() {
        LocalSystem system = TestSystems.builder(home).build();
        LocalSystem postgres = system.only("postgres");

        assertEquals(List.of(Components.POSTGRES), postgres.components());
        assertEquals(system.home(), postgres.home());
        assertEquals(system.ports().postgres(), postgres.ports().postgres());
        assertEquals(Components.ALL, system.components(), "the system itself is unchanged");
        assertEquals(StopOutcome.NOT_RUNNING, system.kill(Components.STIPEND).outcome());
    }

    @Test
    void aPidFileOfAnExitedProcessIsJustRemoved() throws Exception {
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        Path pidFile = home.resolve("run/x.pid");
        PidFile.write(pidFile, exited.pid());

        assertEquals(
                StopOutcome.STALE_PID_FILE,
                new ProcessStopper().stop(pidFile, List.of("true"), StopSignal.TERM, Duration.ofSeconds(1)));
        assertFalse(Files.exists(pidFile));
        assertEquals(
                StopOutcome.NOT_RUNNING,
                new ProcessStopper().stop(pidFile, List.of("true"), StopSignal.TERM, Duration.ofSeconds(1)));
    }

    private static void waitForChild(Process process) throws InterruptedException {
        for (int i = 0; i < 50 && process.descendants().findAny().isEmpty(); i++) {
            Thread.sleep(50);
        }
    }
}
