package org.mentorship.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The checks before anything starts, so a start that cannot succeed changes nothing: no component of ours already
 * running, every port free, every jar built. All problems are reported at once, each naming the component (and
 * the port), not just the first one found.
 */
final class Preflight {

    private Preflight() {}

    static void check(Layout layout, List<Component> components) {
        List<String> running = new ArrayList<>();
        for (Component component : components) {
            Path pidFile = layout.pidFile(component.name());
            OptionalLong pid = PidFile.read(pidFile);
            if (pid.isPresent()
                    && ProcessTable.isAlive(pid.getAsLong())
                    && ProcessTable.matches(pid.getAsLong(), component.identity())) {
                running.add(component.name() + " (pid " + pid.getAsLong() + ")");
            } else {
                // A pid file without its process is left over from a crash or a reboot: not a reason to refuse.
                PidFile.delete(pidFile);
            }
        }
        if (!running.isEmpty()) {
            throw new StartRefusedException("already running: " + String.join(", ", running)
                    + "; stop it first (./mentorship down) or check ./mentorship status");
        }
        List<String> problems = new ArrayList<>();
        for (Component component : components) {
            for (int port : component.ports()) {
                if (!Net.isFree(port)) {
                    problems.add(
                            "port " + port + " needed by " + component.name() + " is already in use by another program"
                                    + " (find it with: ss -ltnp 'sport = :" + port + "')");
                }
            }
        }
        for (Component component : components) {
            try {
                component.checkPrerequisites();
            } catch (LaunchException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new StartRefusedException("cannot start:"
                    + problems.stream()
                            .map(p -> System.lineSeparator() + "  - " + p)
                            .collect(Collectors.joining()));
        }
    }
}
