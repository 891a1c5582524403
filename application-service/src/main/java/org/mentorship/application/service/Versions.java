package org.mentorship.application.service;

import org.mentorship.platform.problem.ProblemException;

/** Optimistic locking for edits: the client sends the version it read; a newer one means its view is stale. */
final class Versions {

    static void require(long current, long expected, String what, Object id) {
        if (current != expected) {
            throw ProblemException.conflict(
                    "stale-write",
                    "Stale write",
                    what + " " + id + " is at version " + current + ", the request was based on " + expected);
        }
    }

    private Versions() {}
}
