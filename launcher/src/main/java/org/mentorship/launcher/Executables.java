package org.mentorship.launcher;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds helper programs (setsid, unshare, kill) on the PATH, so a missing one degrades instead of failing. */
final class Executables {

    private Executables() {}

    static Optional<Path> find(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The JVM running the launcher: the services and Kafka run on the same Java, whatever is on the PATH. */
    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
