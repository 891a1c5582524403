package org.mentorship.application.service;

import static org.mentorship.platform.problem.PlatformProblems.STALE_WRITE;

/** Optimistic locking for edits: the client sends the version it read; a newer one means its view is stale. */
final class Versions {

    static void require(long current, long expected, String what, Object id) {
        if (current != expected) {
            throw STALE_WRITE.with(
                    what + " " + id + " is at version " + current + ", the request was based on " + expected);
        }
    }

    private Versions() {}
}
