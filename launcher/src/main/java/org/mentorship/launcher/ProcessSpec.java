package org.mentorship.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A long-running process to start: its command, the environment added to the launcher's own (which is inherited,
 * so anything a developer exports reaches the services), and its working directory.
 */
record ProcessSpec(List<String> command, Map<String, String> environment, Path workingDirectory) {

    ProcessSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
