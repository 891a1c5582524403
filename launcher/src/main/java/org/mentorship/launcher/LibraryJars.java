package org.mentorship.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The jars a component runs from, copied beside the launcher by its build (Kafka's, GreenMail's). */
final class LibraryJars {

    /** Fails before anything starts when {@code libs} holds no jar named {@code prefix*}: the launcher is not built. */
    static void require(String component, Path libs, String prefix, String what) {
        boolean present;
        try (Stream<Path> jars = Files.isDirectory(libs) ? Files.list(libs) : Stream.empty()) {
            present = jars.anyMatch(jar -> jar.getFileName().toString().startsWith(prefix));
        } catch (IOException e) {
            present = false;
        }
        if (!present) {
            throw new LaunchException(
                    component,
                    what + " missing in " + libs + "; build the launcher module first: ./mvnw -B -pl launcher install",
                    null,
                    null);
        }
    }

    private LibraryJars() {}
}
