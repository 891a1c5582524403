package org.mentorship.stipend.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.mentorship.platform.csv.CsvCell;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PayoutDetails;
import org.mentorship.stipend.repository.PaymentQuery;
import org.mentorship.stipend.repository.PaymentRepository;

/**
 * The payments list as CSV, written as it is read: a chunk of payments at a time (a keyset over the list's order, each
 * chunk in a short read transaction of its own, so no transaction stays open while a slow client reads and no more than
 * one chunk is ever in memory). The columns are what the JSON list shows (the account masked); every text cell goes
 * through {@link CsvCell}, as in the payout file.
 */
@ApplicationScoped
public class PaymentsCsv {

    public static final String HEADER =
            "payment_id,mentorship_id,installment,status,amount_minor,amount,currency,expected_on,scheduled_at,"
                    + "first_approved_by,approved_by,approved_at,paid_at,provider_reference,failure_reason,attempts,"
                    + "export_batch_id,payout_method,account_holder,account_masked,bank_code,payout_country,"
                    + "recall_requested_at,recall_reason,paid_after_recall\n";

    static final int CHUNK = 500;

    private final PaymentRepository payments;

    PaymentsCsv(PaymentRepository payments) {
        this.payments = payments;
    }

    public void write(PaymentQuery query, OutputStream out) throws IOException {
        write(query, out, CHUNK, true);
    }

    /** Without {@code payee}, the payee columns (account holder, masked account, bank code, country) are empty. */
    public void write(PaymentQuery query, OutputStream out, boolean payee) throws IOException {
        write(query, out, CHUNK, payee);
    }

    void write(PaymentQuery query, OutputStream out, int chunk) throws IOException {
        write(query, out, chunk, true);
    }

    void write(PaymentQuery query, OutputStream out, int chunk, boolean payee) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.write(HEADER);
        Payment last = null;
        while (true) {
            Payment after = last;
            List<Payment> rows = QuarkusTransaction.requiringNew().call(() -> payments.after(query, after, chunk));
            for (Payment p : rows) {
                csv.write(row(p, payee));
            }
            csv.flush();
            if (rows.size() < chunk) {
                return;
            }
            last = rows.get(rows.size() - 1);
        }
    }

    static String row(Payment p) {
        return row(p, true);
    }

    static String row(Payment p, boolean payee) {
        PayoutDetails payout = !payee || p.payout == null || p.payout.method == null ? null : p.payout;
        return String.join(
                        ",",
                        p.id.toString(),
                        p.mentorshipId.toString(),
                        String.valueOf(p.installment),
                        p.status.name(),
                        String.valueOf(p.amountMinor),
                        amount(p),
                        CsvCell.text(p.currency),
                        plain(p.expectedOn),
                        plain(p.scheduledAt),
                        CsvCell.text(p.firstApprovedBy),
                        CsvCell.text(p.approvedBy),
                        plain(p.approvedAt),
                        plain(p.paidAt),
                        CsvCell.text(p.providerReference),
                        CsvCell.text(p.failureReason),
                        String.valueOf(p.attempts),
                        plain(p.exportBatchId),
                        payout == null ? "" : payout.method.name(),
                        CsvCell.text(payout == null ? null : payout.accountHolder),
                        CsvCell.text(payout == null ? null : payout.accountMasked),
                        CsvCell.text(payout == null ? null : payout.bankCode),
                        CsvCell.text(payout == null ? null : payout.country),
                        plain(p.recallRequestedAt),
                        CsvCell.text(p.recallReason),
                        String.valueOf(p.paidAfterRecall))
                + "\n";
    }

    /** In major units at the currency's scale, as the JSON list shows it (minor units for a code that is no currency). */
    private static String amount(Payment p) {
        return (Money.isCurrency(p.currency)
                        ? Money.major(p.amountMinor, p.currency)
                        : BigDecimal.valueOf(p.amountMinor))
                .toPlainString();
    }

    /** Ids, dates and instants: no text a person typed, written as they are. */
    private static String plain(Object value) {
        return Objects.toString(value, "");
    }
}
