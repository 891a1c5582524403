package org.mentorship.stipend.metrics;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.mentorship.platform.metrics.DatabaseGauges;
import org.mentorship.platform.metrics.MailGauges;
import org.mentorship.stipend.model.PaymentStatus;

/**
 * Payments by state and how long the oldest has been in it ({@code mentorship_payments{state}},
 * {@code mentorship_payments_oldest_age_seconds{state}}: the alerts on payments stuck in APPROVED or EXPORTED read
 * it), and the payout notices' mail outbox. Cached by {@link DatabaseGauges}: one query per refresh, not per scrape.
 */
@ApplicationScoped
public class StipendGauges {

    static final String PAYMENTS = "mentorship.payments";
    static final String OLDEST = "mentorship.payments.oldest.age.seconds";
    /** A payment's life ends in these; how old the oldest PAID payment is tells nothing. */
    private static final Set<PaymentStatus> FINAL = EnumSet.of(PaymentStatus.PAID, PaymentStatus.CANCELLED);

    /**
     * Since when each payment is in its state: its last ledger entry that moved it there (an entry that only changed
     * the amount or the expected date keeps the state and does not count).
     */
    private static final String PAYMENTS_BY_STATE = """
            select p.status, count(*), min(coalesce(entered.at, p.updated_at, p.scheduled_at))
            from payment p
            left join lateral (select max(l.at) as at from payment_ledger l
                               where l.payment_id = p.id and l.to_status = p.status
                                 and l.from_status is distinct from l.to_status) entered on true
            group by p.status""";

    void register(@Observes StartupEvent startup, DatabaseGauges gauges, MailGauges mails, Clock clock) {
        gauges.register(
                "payments",
                Map.of(
                        PAYMENTS,
                                "Payments by state (SCHEDULED, APPROVED, EXPORTED, PAID, FAILED, CANCELLED, RECALL_REQUESTED)",
                        OLDEST,
                                "How long the payment longest in this state has been in it (program clock); not for PAID and CANCELLED"),
                (connection, samples) -> {
                    for (PaymentStatus state : PaymentStatus.values()) {
                        samples.add(PAYMENTS, 0, "state", state.name());
                        if (!FINAL.contains(state)) {
                            samples.add(OLDEST, 0, "state", state.name());
                        }
                    }
                    DatabaseGauges.eachRow(connection, PAYMENTS_BY_STATE, row -> {
                        String state = row.getString(1);
                        samples.add(PAYMENTS, row.getLong(2), "state", state);
                        Timestamp oldest = row.getTimestamp(3);
                        if (oldest != null && !FINAL.contains(PaymentStatus.valueOf(state))) {
                            samples.add(OLDEST, MailGauges.ageSeconds(clock, oldest), "state", state);
                        }
                    });
                });
        mails.register("payout-notice", """
                select state, count(*), min(created_at) from mail_outbox where state in ('PENDING', 'FAILED')
                group by state""");
    }
}
