package org.mentorship.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The same two gauges for every mail a service sends through its own mail outbox (application-service's
 * notifications, stipend-service's payout notices, certificate-service's letters), so one alert and one panel cover
 * all: {@code mentorship_mails{mail,state}} (PENDING: to be sent or retried; FAILED: given up after the last attempt)
 * and {@code mentorship_mails_oldest_pending_age_seconds{mail}} (how long the oldest pending mail has waited, by the
 * program clock the mails are stamped with). Read through {@link DatabaseGauges}, so cached.
 */
@ApplicationScoped
public class MailGauges {

    public static final String MAILS = "mentorship.mails";
    public static final String OLDEST_PENDING = "mentorship.mails.oldest.pending.age.seconds";
    public static final String PENDING = "PENDING";
    public static final String FAILED = "FAILED";

    private final DatabaseGauges gauges;
    private final Clock clock;

    MailGauges(DatabaseGauges gauges, Clock clock) {
        this.gauges = gauges;
        this.clock = clock;
    }

    /**
     * {@code sql} returns one row per state (PENDING, FAILED): the state, how many, and when the oldest of them was
     * queued (null if none).
     */
    public void register(String mail, String sql) {
        gauges.register(
                mail + " mails",
                Map.of(
                        MAILS,
                                "Mails by state: PENDING (to be sent or retried) and FAILED (given up after the last attempt)",
                        OLDEST_PENDING, "How long the oldest pending mail has waited"),
                (connection, samples) -> {
                    samples.add(MAILS, 0, "mail", mail, "state", PENDING);
                    samples.add(MAILS, 0, "mail", mail, "state", FAILED);
                    samples.add(OLDEST_PENDING, 0, "mail", mail);
                    DatabaseGauges.eachRow(connection, sql, row -> {
                        String state = row.getString(1);
                        samples.add(MAILS, row.getLong(2), "mail", mail, "state", state);
                        Timestamp oldest = row.getTimestamp(3);
                        if (PENDING.equals(state) && oldest != null) {
                            samples.add(OLDEST_PENDING, ageSeconds(clock, oldest), "mail", mail);
                        }
                    });
                });
    }

    /** Seconds from {@code since} to now on {@code clock}, never negative. */
    public static double ageSeconds(Clock clock, Timestamp since) {
        return Math.max(0, Duration.between(since.toInstant(), clock.instant()).toMillis() / 1000.0);
    }
}
