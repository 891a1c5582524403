package org.mentorship.system.flow;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the {@link SharedSystem} once, when the launcher session of the JVM ends (after its last test class).
 * Registered in META-INF/services; in a JVM that never started it, nothing happens.
 */
public final class SharedSystemSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SharedSystem.release();
    }
}
