package org.mentorship.stipend.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.mentorship.platform.problem.ProblemException;
import org.mentorship.stipend.config.StipendConfig;
import org.mentorship.stipend.model.ExportBatch;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentAttempt;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.model.PayoutDetails;
import org.mentorship.stipend.model.PayoutMethod;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.repository.AgreementRepository;
import org.mentorship.stipend.repository.PaymentRepository;

/**
 * Payout files for finance. Each export takes every approved payment no file has carried yet, moves them to EXPORTED
 * in a new batch (a new attempt each, with its own EndToEndId, and a ledger entry), and renders them as CSV or as an
 * ISO 20022 pain.001.001.09 credit transfer from the payout details kept at approval. The file is stored as produced,
 * so a re-download is the same bytes. A payment appears in one file only, unless it failed and was retried.
 */
@ApplicationScoped
public class ExportService {

    public enum Format {
        CSV, PAIN001
    }

    public record Export(UUID batchId, Format format, int payments, String content) {
    }

    /** One line of a payout: a payment with the details approved, account decrypted for the bank only. */
    record Line(Payment payment, StipendAgreement agreement, PayoutDetails payee, String account, String endToEndId) {
    }

    private final PaymentRepository payments;
    private final AgreementRepository agreements;
    private final PayeeCrypto crypto;
    private final Ledger ledger;
    private final StipendConfig config;
    private final EntityManager em;
    private final Clock clock;
    private final SeparationOfDuties duties;

    ExportService(PaymentRepository payments, AgreementRepository agreements, PayeeCrypto crypto,
            Ledger ledger, StipendConfig config, EntityManager em, Clock clock, SeparationOfDuties duties) {
        this.duties = duties;
        this.payments = payments;
        this.agreements = agreements;
        this.crypto = crypto;
        this.ledger = ledger;
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public Export export(Format format, String actor) {
        List<Payment> approved = payments.lockUnexported().stream()
                .sorted(Comparator.comparing((Payment p) -> p.currency).thenComparing(p -> p.scheduledAt)
                        .thenComparing(p -> p.id))
                .toList();
        if (approved.isEmpty()) {
            throw ProblemException.unprocessable("nothing-to-export", "Nothing to export",
                    "No approved payment is waiting for a payout file");
        }
        // A file carrying the exporter's own stipend is refused whole (nothing moves): another finance user exports it.
        approved.forEach(p -> duties.refuseSelfDealing(actor, agreements.findById(p.mentorshipId), "export it"));
        ExportBatch batch = new ExportBatch();
        batch.id = UUID.randomUUID();
        batch.format = format.name();
        batch.exportedBy = actor;
        batch.exportedAt = clock.instant();
        batch.payments = approved.size();
        em.persist(batch);
        List<Line> lines = approved.stream().map(p -> {
            p.export(batch.id, batch.exportedAt);
            PaymentAttempt attempt = new PaymentAttempt();
            attempt.paymentId = p.id;
            attempt.attempt = p.attempts;
            attempt.endToEndId = PaymentAttempt.endToEndId(p.id, p.attempts);
            attempt.exportBatchId = batch.id;
            attempt.exportedAt = batch.exportedAt;
            em.persist(attempt);
            ledger.record(p, PaymentStatus.APPROVED, actor, "Exported in payout batch " + batch.id + " (" + format
                    + "), attempt " + p.attempts + ", EndToEndId " + attempt.endToEndId);
            return line(p, attempt.endToEndId);
        }).toList();
        String content = format == Format.CSV ? csv(lines) : pain001(batch, lines);
        batch.contentEncrypted = crypto.encrypt(content);
        return new Export(batch.id, format, lines.size(), content);
    }

    /** The file of an earlier batch again (e.g. the first download was lost), exactly as first produced; marks nothing. */
    @Transactional
    public Export again(UUID batchId) {
        ExportBatch batch = em.find(ExportBatch.class, batchId);
        if (batch == null) {
            throw ProblemException.notFound("Payout batch", batchId);
        }
        if (batch.contentEncrypted == null) {
            throw new ProblemException(410, "batch-file-not-kept", "Payout file not kept",
                    "Batch " + batchId + " was exported before payout files were kept; its payments and ledger still show it");
        }
        return new Export(batch.id, Format.valueOf(batch.format), batch.payments, crypto.decrypt(batch.contentEncrypted));
    }

    private Line line(Payment p, String endToEndId) {
        StipendAgreement agreement = agreements.findById(p.mentorshipId);
        return new Line(p, agreement, p.payout, crypto.decrypt(p.payout.accountEncrypted), endToEndId);
    }

    static String csv(List<Line> lines) {
        StringBuilder out = new StringBuilder(
                "payment_id,mentorship_id,installment,mentee_id,account_holder,payout_method,account,bank_code,country,amount,currency,expected_on,end_to_end_id\n");
        for (Line l : lines) {
            Payment p = l.payment();
            out.append(String.join(",", p.id.toString(), p.mentorshipId.toString(), String.valueOf(p.installment),
                    cell(l.agreement().menteeId), cell(l.payee().accountHolder), l.payee().method.name(),
                    cell(l.account()), cell(l.payee().bankCode), l.payee().country,
                    Money.major(p.amountMinor, p.currency).toPlainString(), p.currency,
                    p.expectedOn == null ? "" : p.expectedOn.toString(), l.endToEndId())).append('\n');
        }
        return out.toString();
    }

    /** RFC 4180 quoting, and a leading quote for text a spreadsheet would run as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@\t\r].*") ? "'" + value : value;
        return safe.matches(".*[,\"\n\r].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** One PmtInf per currency; InstrId and EndToEndId name the attempt (see {@link PaymentAttempt#endToEndId}). */
    String pain001(ExportBatch batch, List<Line> lines) {
        Map<String, List<Line>> byCurrency = new LinkedHashMap<>();
        lines.forEach(l -> byCurrency.computeIfAbsent(l.payment().currency, c -> new java.util.ArrayList<>()).add(l));
        LocalDate execution = batch.exportedAt.atZone(ZoneOffset.UTC).toLocalDate();
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">\n<CstmrCdtTrfInitn>\n<GrpHdr>")
                .append(el("MsgId", id(batch.id)))
                .append(el("CreDtTm", batch.exportedAt.truncatedTo(ChronoUnit.SECONDS).toString()))
                .append(el("NbOfTxs", String.valueOf(lines.size())))
                .append(el("CtrlSum", controlSum(lines).toPlainString()))
                .append("<InitgPty>").append(el("Nm", text(config.payout().debtorName(), 140))).append("</InitgPty>")
                .append("</GrpHdr>\n");
        int n = 0;
        for (Map.Entry<String, List<Line>> group : byCurrency.entrySet()) {
            List<Line> txs = group.getValue();
            x.append("<PmtInf>").append(el("PmtInfId", id(batch.id).substring(0, 30) + "-" + (++n)))
                    .append(el("PmtMtd", "TRF"))
                    .append(el("NbOfTxs", String.valueOf(txs.size())))
                    .append(el("CtrlSum", controlSum(txs).toPlainString()))
                    .append("<ReqdExctnDt>").append(el("Dt", execution.toString())).append("</ReqdExctnDt>")
                    .append("<Dbtr>").append(el("Nm", text(config.payout().debtorName(), 140))).append("</Dbtr>")
                    .append("<DbtrAcct><Id>").append(el("IBAN", config.payout().debtorIban())).append("</Id></DbtrAcct>")
                    .append("<DbtrAgt><FinInstnId>").append(el("BICFI", config.payout().debtorBic())).append("</FinInstnId></DbtrAgt>\n");
            for (Line l : txs) {
                Payment p = l.payment();
                x.append("<CdtTrfTxInf><PmtId>").append(el("InstrId", l.endToEndId())).append(el("EndToEndId", l.endToEndId()))
                        .append("</PmtId><Amt><InstdAmt Ccy=\"").append(p.currency).append("\">")
                        .append(Money.major(p.amountMinor, p.currency).toPlainString()).append("</InstdAmt></Amt>");
                if (l.payee().bankCode != null && !l.payee().bankCode.isBlank()) {
                    x.append("<CdtrAgt><FinInstnId>").append(el("BICFI", l.payee().bankCode)).append("</FinInstnId></CdtrAgt>");
                }
                x.append("<Cdtr>").append(el("Nm", text(l.payee().accountHolder, 140)))
                        .append("<PstlAdr>").append(el("Ctry", l.payee().country)).append("</PstlAdr></Cdtr>")
                        .append("<CdtrAcct><Id>");
                if (l.payee().method == PayoutMethod.BANK_TRANSFER) {
                    x.append(el("IBAN", l.account()));
                } else {
                    x.append("<Othr>").append(el("Id", text(l.account(), 34))).append("</Othr>");
                }
                x.append("</Id></CdtrAcct><RmtInf>")
                        .append(el("Ustrd", text("Stipend installment " + p.installment + " " + l.agreement().projectTitle, 140)))
                        .append("</RmtInf></CdtTrfTxInf>\n");
            }
            x.append("</PmtInf>\n");
        }
        return x.append("</CstmrCdtTrfInitn>\n</Document>\n").toString();
    }

    private static BigDecimal controlSum(List<Line> lines) {
        // Control sums add the amounts as written, whatever their currencies (ISO 20022 defines it so).
        return lines.stream().map(l -> Money.major(l.payment().amountMinor, l.payment().currency))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String id(UUID id) {
        return id.toString().replace("-", "");
    }

    private static String text(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static String el(String name, String value) {
        return "<" + name + ">" + escape(value) + "</" + name + ">";
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
