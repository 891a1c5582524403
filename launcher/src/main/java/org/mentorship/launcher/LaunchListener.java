package org.mentorship.launcher;

import java.time.Duration;

/**
 * Progress of a start or stop, for whoever shows it: the CLI prints it, tests ignore it. Called from the start
 * threads, so implementations must be thread-safe (printing a whole line is).
 */
public interface LaunchListener {

    LaunchListener NONE = new LaunchListener() {};

    default void starting(String component) {}

    default void ready(String component, long pid, int port, Duration took) {}

    /** A start failed; called before what it had started is stopped again (each then reported by {@link #stopped}). */
    default void failed(LaunchException failure) {}

    default void stopped(StopReport report) {}
}
