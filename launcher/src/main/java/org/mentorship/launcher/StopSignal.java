package org.mentorship.launcher;

/**
 * The signal that asks a component to shut down cleanly. PostgreSQL takes SIGINT ("fast" shutdown: disconnects
 * clients, checkpoints); its SIGTERM ("smart") would wait for every client to leave, forever with a pool open.
 */
enum StopSignal {
    TERM,
    INT
}
