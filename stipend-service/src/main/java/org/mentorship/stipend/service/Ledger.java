package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.mentorship.stipend.model.LedgerEntry;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.repository.LedgerRepository;

/** Writes the append-only history of payments; every service method that changes a payment calls it. */
@ApplicationScoped
public class Ledger {

    private final LedgerRepository entries;
    private final Clock clock;

    Ledger(LedgerRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Payment payment, PaymentStatus from, String actor, String reason) {
        LedgerEntry entry = new LedgerEntry();
        entry.paymentId = payment.id;
        entry.mentorshipId = payment.mentorshipId;
        entry.installment = payment.installment;
        entry.actor = actor;
        entry.at = clock.instant();
        entry.fromStatus = from;
        entry.toStatus = payment.status;
        entry.amountMinor = payment.amountMinor;
        entry.currency = payment.currency;
        entry.reason = reason;
        entries.persist(entry);
    }
}
