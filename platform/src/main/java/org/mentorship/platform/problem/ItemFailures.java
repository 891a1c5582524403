package org.mentorship.platform.problem;

import jakarta.persistence.OptimisticLockException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * The one way a bulk endpoint answers the failure of one of its items (each item runs through its single endpoint's
 * service method in a transaction of its own): the problem the single call would have answered, as the platform's
 * mappers word it, so a per-item result reads like the single call's refusal.
 */
public final class ItemFailures {

    private static final Logger LOG = Logger.getLogger(ItemFailures.class);

    /**
     * @param item the item in words, e.g. "payment 42" or "application 42"
     * @param action what was done to it, e.g. "approval" or "decision"
     */
    public static Problem problem(RuntimeException failure, String item, String action) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof ProblemException rule) {
                return Problem.of(rule.type(), rule.getMessage(), null);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return Problem.of(
                        PlatformProblems.STALE_WRITE,
                        "Someone changed " + item + " meanwhile; read it again and retry",
                        null);
            }
        }
        if (DatabaseUnavailable.is(failure)) {
            LOG.warnf("Database unavailable for the %s of %s: %s", action, item, failure.getMessage());
            return Problem.of(
                    PlatformProblems.DATABASE_UNAVAILABLE,
                    "The database could not take this " + action + "; " + item + " is unchanged, retry it",
                    null);
        }
        LOG.error("Unexpected error in the " + action + " of " + item + " in a batch", failure);
        return Problem.of(
                PlatformProblems.INTERNAL_ERROR,
                "The " + action + " of " + item + " could not be carried out; it has been logged",
                null);
    }

    private ItemFailures() {}
}
