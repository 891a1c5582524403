package org.mentorship.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Works out one component's {@link ComponentStatus} from its pid file, the process table, its port and health. */
final class StatusProbe {

    private StatusProbe() {}

    static ComponentStatus of(Component component, Path pidFile) {
        OptionalLong pid = PidFile.read(pidFile);
        int port = component.port();
        if (pid.isEmpty()) {
            String note = Files.exists(pidFile)
                    ? "unreadable pid file"
                    : Net.isListening(port) ? "port " + port + " is used by another program" : "";
            return new ComponentStatus(
                    component.name(), OptionalLong.empty(), port, ComponentStatus.State.STOPPED, note);
        }
        long value = pid.getAsLong();
        if (!ProcessTable.isAlive(value)) {
            return new ComponentStatus(
                    component.name(),
                    OptionalLong.empty(),
                    port,
                    ComponentStatus.State.STOPPED,
                    "stale pid file (pid " + value + " exited)");
        }
        if (!ProcessTable.matches(value, component.identity())) {
            return new ComponentStatus(
                    component.name(),
                    OptionalLong.empty(),
                    port,
                    ComponentStatus.State.STOPPED,
                    "stale pid file (pid " + value + " is another program now)");
        }
        if (!Net.isListening(port)) {
            return new ComponentStatus(
                    component.name(), pid, port, ComponentStatus.State.RUNNING, "not listening on its port (yet)");
        }
        ComponentStatus.State state =
                component.isHealthy() ? ComponentStatus.State.HEALTHY : ComponentStatus.State.UNHEALTHY;
        return new ComponentStatus(component.name(), pid, port, state, "");
    }
}
