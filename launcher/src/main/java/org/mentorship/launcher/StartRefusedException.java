package org.mentorship.launcher;

/**
 * A start refused before anything was started (already running, port taken, not built): nothing to roll back,
 * and the message alone says what to do.
 */
public class StartRefusedException extends LaunchException {

    public StartRefusedException(String message) {
        super(message);
    }
}
