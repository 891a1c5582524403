package org.mentorship.platform.mail;

import java.util.function.IntSupplier;

/**
 * How a run of each mail outbox (application notifications, stipend notices, certificate letters) drains what is
 * due: one leased batch after another until a claim comes back short. A failed mail waits for its backoff, so the same
 * run never claims it again; a run of a single batch left newer mails behind older ones.
 */
public final class MailRuns {

    /** Runs {@code batch} (it claims at most {@code batchSize} and returns how many it claimed) until one is short. */
    public static int untilShort(int batchSize, IntSupplier batch) {
        int attempted = 0;
        int claimed;
        do {
            claimed = batch.getAsInt();
            attempted += claimed;
        } while (claimed >= batchSize);
        return attempted;
    }

    private MailRuns() {}
}
