package org.mentorship.stipend.service;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.MxWriteParams;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.PostalAddress24;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentorship.platform.csv.CsvCell;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.stipend.config.StipendConfig;
import org.mentorship.stipend.model.ExportBatch;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentAttempt;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.model.PayoutDetails;
import org.mentorship.stipend.model.PayoutMethod;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.problem.StipendProblems;
import org.mentorship.stipend.repository.AgreementRepository;
import org.mentorship.stipend.repository.PaymentRepository;

/**
 * Payout files for finance. Each export takes every approved payment no file has carried yet, moves them to EXPORTED
 * in a new batch (a new attempt each, with its own EndToEndId, and a ledger entry), and renders them as CSV or as an
 * ISO 20022 pain.001.001.09 credit transfer (the Document built with Prowide's ISO 20022 model) from the payout
 * details kept at approval. CSV carries every payout method; a pain.001 file is a SEPA credit transfer and carries
 * bank transfers to a valid IBAN only, so an export with any other approved payment is refused whole (422
 * payout-rail-unsupported, nothing moves). The file is stored as produced, so a re-download is the same bytes. A
 * payment appears in one file only, unless it failed and was retried.
 */
@ApplicationScoped
public class ExportService {

    public enum Format {
        CSV,
        PAIN001
    }

    public record Export(UUID batchId, Format format, int payments, String content) {}

    /** One line of a payout: a payment with the details approved, account decrypted for the bank only. */
    record Line(Payment payment, StipendAgreement agreement, PayoutDetails payee, String account, String endToEndId) {}

    private final PaymentRepository payments;
    private final AgreementRepository agreements;
    private final PayeeCrypto crypto;
    private final Ledger ledger;
    private final StipendConfig config;
    private final EntityManager em;
    private final Clock clock;
    private final SeparationOfDuties duties;

    ExportService(
            PaymentRepository payments,
            AgreementRepository agreements,
            PayeeCrypto crypto,
            Ledger ledger,
            StipendConfig config,
            EntityManager em,
            Clock clock,
            SeparationOfDuties duties) {
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
                .sorted(Comparator.comparing((Payment p) -> p.currency)
                        .thenComparing(p -> p.scheduledAt)
                        .thenComparing(p -> p.id))
                .toList();
        if (approved.isEmpty()) {
            throw StipendProblems.NOTHING_TO_EXPORT.with("No approved payment is waiting for a payout file");
        }
        // A file carrying the exporter's own stipend is refused whole (nothing moves): another finance user exports it.
        approved.forEach(p -> duties.refuseSelfDealing(actor, agreements.findById(p.mentorshipId), "export it"));
        Map<UUID, String> accounts = new LinkedHashMap<>();
        approved.forEach(p -> accounts.put(p.id, crypto.decrypt(p.payout.accountEncrypted)));
        if (format == Format.PAIN001) {
            refuseOutsideSepa(approved, accounts);
        }
        ExportBatch batch = new ExportBatch();
        batch.id = UUID.randomUUID();
        batch.format = format.name();
        batch.exportedBy = actor;
        batch.exportedAt = clock.instant();
        batch.payments = approved.size();
        em.persist(batch);
        List<Line> lines = approved.stream()
                .map(p -> {
                    p.export(batch.id, batch.exportedAt);
                    PaymentAttempt attempt = new PaymentAttempt();
                    attempt.paymentId = p.id;
                    attempt.attempt = p.attempts;
                    attempt.endToEndId = PaymentAttempt.endToEndId(p.id, p.attempts);
                    attempt.exportBatchId = batch.id;
                    attempt.exportedAt = batch.exportedAt;
                    em.persist(attempt);
                    ledger.record(
                            p,
                            PaymentStatus.APPROVED,
                            actor,
                            "Exported in payout batch " + batch.id + " (" + format + "), attempt " + p.attempts
                                    + ", EndToEndId " + attempt.endToEndId);
                    return new Line(
                            p, agreements.findById(p.mentorshipId), p.payout, accounts.get(p.id), attempt.endToEndId);
                })
                .toList();
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
            throw StipendProblems.BATCH_FILE_NOT_KEPT.with("Batch " + batchId
                    + " was exported before payout files were kept; its payments and ledger still show it");
        }
        return new Export(
                batch.id, Format.valueOf(batch.format), batch.payments, crypto.decrypt(batch.contentEncrypted));
    }

    /**
     * A SEPA file carries bank transfers to an IBAN only: one approved payment to another rail (PayPal, Wise) or to an
     * account that is no valid IBAN refuses the whole pain.001 export before anything moves, naming those payments.
     * CSV carries every rail, so such payments leave in a CSV file (or once the payee gives an IBAN and is approved again).
     */
    private static void refuseOutsideSepa(List<Payment> approved, Map<UUID, String> accounts) {
        List<String> refused = approved.stream()
                .filter(p -> !SepaTransferPolicy.payable(p.payout.method, accounts.get(p.id)))
                .map(p -> p.id
                        + (p.payout.method == PayoutMethod.BANK_TRANSFER
                                ? " (account is not a valid IBAN)"
                                : " (" + p.payout.method + ")"))
                .toList();
        if (!refused.isEmpty()) {
            throw StipendProblems.PAYOUT_RAIL_UNSUPPORTED.with(
                    "A pain.001 file pays bank transfers to an IBAN only; these approved payments are not: "
                            + String.join(", ", refused)
                            + ". Nothing was exported: export as CSV (every payout method), "
                            + "or have the payee give an IBAN and approve again.");
        }
    }

    static String csv(List<Line> lines) {
        StringBuilder out = new StringBuilder(
                "payment_id,mentorship_id,installment,mentee_id,account_holder,payout_method,account,bank_code,country,amount,currency,expected_on,end_to_end_id\n");
        for (Line l : lines) {
            Payment p = l.payment();
            out.append(String.join(
                            ",",
                            p.id.toString(),
                            p.mentorshipId.toString(),
                            String.valueOf(p.installment),
                            cell(l.agreement().menteeId),
                            cell(l.payee().accountHolder),
                            l.payee().method.name(),
                            cell(l.account()),
                            cell(l.payee().bankCode),
                            l.payee().country,
                            Money.major(p.amountMinor, p.currency).toPlainString(),
                            p.currency,
                            p.expectedOn == null ? "" : p.expectedOn.toString(),
                            l.endToEndId()))
                    .append('\n');
        }
        return out.toString();
    }

    /** A text cell, defended against formulas and line breaks ({@link CsvCell}, shared with the payments list). */
    static String cell(String value) {
        return CsvCell.text(value);
    }

    /**
     * The pain.001.001.09 Document (no business application header: the file goes to the bank as it is), built with
     * Prowide's ISO 20022 model rather than by hand. One PmtInf per currency; InstrId and EndToEndId name the attempt
     * (see {@link PaymentAttempt#endToEndId}). Only bank transfers to an IBAN reach here ({@link SepaTransferPolicy}).
     */
    String pain001(ExportBatch batch, List<Line> lines) {
        Map<String, List<Line>> byCurrency = new LinkedHashMap<>();
        lines.forEach(l -> byCurrency
                .computeIfAbsent(l.payment().currency, c -> new ArrayList<>())
                .add(l));
        LocalDate execution = batch.exportedAt.atZone(ZoneOffset.UTC).toLocalDate();
        StipendConfig.Payout debtor = config.payout();
        CustomerCreditTransferInitiationV09 initiation = new CustomerCreditTransferInitiationV09()
                .setGrpHdr(new GroupHeader85()
                        .setMsgId(id(batch.id))
                        .setCreDtTm(
                                batch.exportedAt.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC))
                        .setNbOfTxs(String.valueOf(lines.size()))
                        .setCtrlSum(controlSum(lines))
                        .setInitgPty(new PartyIdentification135().setNm(text(debtor.debtorName(), 140))));
        int n = 0;
        for (List<Line> txs : byCurrency.values()) {
            PaymentInstruction30 instruction = new PaymentInstruction30()
                    .setPmtInfId(id(batch.id).substring(0, 30) + "-" + (++n))
                    .setPmtMtd(PaymentMethod3Code.TRF)
                    .setNbOfTxs(String.valueOf(txs.size()))
                    .setCtrlSum(controlSum(txs))
                    .setReqdExctnDt(new DateAndDateTime2Choice().setDt(execution))
                    .setDbtr(new PartyIdentification135().setNm(text(debtor.debtorName(), 140)))
                    .setDbtrAcct(account(debtor.debtorIban()))
                    .setDbtrAgt(agent(debtor.debtorBic()));
            for (Line l : txs) {
                Payment p = l.payment();
                CreditTransferTransaction34 tx = new CreditTransferTransaction34()
                        .setPmtId(new PaymentIdentification6()
                                .setInstrId(l.endToEndId())
                                .setEndToEndId(l.endToEndId()))
                        .setAmt(new AmountType4Choice()
                                .setInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                                        .setCcy(p.currency)
                                        .setValue(Money.major(p.amountMinor, p.currency))))
                        .setCdtr(new PartyIdentification135()
                                .setNm(text(l.payee().accountHolder, 140))
                                .setPstlAdr(new PostalAddress24().setCtry(l.payee().country)))
                        .setCdtrAcct(account(l.account()))
                        .setRmtInf(new RemittanceInformation16()
                                .addUstrd(text(
                                        "Stipend installment " + p.installment + " " + l.agreement().projectTitle,
                                        140)));
                if (l.payee().bankCode != null && !l.payee().bankCode.isBlank()) {
                    tx.setCdtrAgt(agent(l.payee().bankCode));
                }
                instruction.addCdtTrfTxInf(tx);
            }
            initiation.addPmtInf(instruction);
        }
        MxWriteParams write = new MxWriteParams();
        write.prefix =
                null; // a default namespace (<Document xmlns="...">), as banks' examples show, not Prowide's Doc:
        write.includeXMLDeclaration = true;
        return new MxPain00100109().setCstmrCdtTrfInitn(initiation).document(write) + "\n";
    }

    private static CashAccount38 account(String iban) {
        return new CashAccount38().setId(new AccountIdentification4Choice().setIBAN(iban));
    }

    private static BranchAndFinancialInstitutionIdentification6 agent(String bic) {
        return new BranchAndFinancialInstitutionIdentification6()
                .setFinInstnId(new FinancialInstitutionIdentification18().setBICFI(bic));
    }

    private static BigDecimal controlSum(List<Line> lines) {
        // Control sums add the amounts as written, whatever their currencies (ISO 20022 defines it so).
        return lines.stream()
                .map(l -> Money.major(l.payment().amountMinor, l.payment().currency))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String id(UUID id) {
        return id.toString().replace("-", "");
    }

    private static String text(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
