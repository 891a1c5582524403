package org.mentorship.launcher;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * One row of {@code status}.
 *
 * @param note why a component is in its state when that is not obvious (a stale pid file, a port taken by
 *             another program); empty otherwise
 */
public record ComponentStatus(String component, OptionalLong pid, int port, State state, String note) {

    public enum State {
        /** Our process is alive but does not listen on its port (yet). */
        RUNNING,
        /** Alive, listening, and its health check passes. */
        HEALTHY,
        /** Alive and listening, but the health check fails. */
        UNHEALTHY,
        /** No process of ours. */
        STOPPED;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
