package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mentorship.stipend.model.Payee;
import org.mentorship.stipend.model.PayoutMethod;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.problem.StipendProblems;
import org.mentorship.stipend.repository.AgreementRepository;
import org.mentorship.stipend.repository.PayeeRepository;

/**
 * A mentee's payout details: encrypted at rest, masked on the way out; saving them releases parked passes, and a
 * change sends money approved for the old details back for approval (see {@link PayoutChanges}).
 */
@ApplicationScoped
public class PayeeService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /**
     * What the mentee gives; {@code account} is an IBAN for a bank transfer, else the provider's account id. The
     * country is where she is paid, never what her stipend is worked out from; the tax form is the program's to confirm.
     */
    public record PayeeDetails(
            PayoutMethod payoutMethod, String accountHolder, String account, String bankCode, String country) {}

    private final PayeeRepository payees;
    private final AgreementRepository agreements;
    private final StipendEvents events;
    private final PayeeCrypto crypto;
    private final Clock clock;
    private final PayoutChanges payoutChanges;

    PayeeService(
            PayeeRepository payees,
            AgreementRepository agreements,
            StipendEvents events,
            PayeeCrypto crypto,
            Clock clock,
            PayoutChanges payoutChanges) {
        this.payoutChanges = payoutChanges;
        this.payees = payees;
        this.agreements = agreements;
        this.events = events;
        this.crypto = crypto;
        this.clock = clock;
    }

    @Transactional
    public Payee save(String menteeId, PayeeDetails details) {
        return save(menteeId, details, null);
    }

    /** Saves the details; {@code email} (where payout notices go) replaces the one on record when given. */
    @Transactional
    public Payee save(String menteeId, PayeeDetails details, String email) {
        // An IBAN is compared without spaces and in capitals; other account ids (e-mail addresses) stay as given.
        String account = details.payoutMethod() == PayoutMethod.BANK_TRANSFER
                ? details.account().replaceAll("\\s", "").toUpperCase(Locale.ROOT)
                : details.account().trim();
        if (!COUNTRIES.contains(details.country())) {
            throw StipendProblems.UNKNOWN_COUNTRY.with(
                    "'" + details.country() + "' is not an ISO 3166 alpha-2 country code");
        }
        if (details.payoutMethod() == PayoutMethod.BANK_TRANSFER && !SepaTransferPolicy.validIban(account)) {
            throw StipendProblems.INVALID_IBAN.with("The account is not a valid IBAN");
        }
        Payee payee = payees.findByIdOptional(menteeId).orElseGet(() -> {
            Payee created = new Payee();
            created.menteeId = menteeId;
            return created;
        });
        PayoutChanges.Details before =
                payee.accountEncrypted == null ? null : details(payee, crypto.decrypt(payee.accountEncrypted));
        payee.payoutMethod = details.payoutMethod();
        payee.accountHolder = details.accountHolder();
        payee.accountEncrypted = crypto.encrypt(account);
        payee.accountMasked = PayeeCrypto.mask(account);
        payee.bankCode = details.bankCode();
        payee.country = details.country();
        payee.email = email != null ? email : payee.email;
        payee.updatedAt = clock.instant();
        payees.persist(payee);
        payees.flush();
        payoutChanges.changed(payee, before, details(payee, account));
        for (StipendAgreement agreement : agreements.byMentee(menteeId)) {
            events.replay(agreement.mentorshipId);
        }
        return payee;
    }

    private static PayoutChanges.Details details(Payee payee, String account) {
        return new PayoutChanges.Details(
                payee.payoutMethod.name(),
                payee.accountHolder,
                account,
                payee.accountMasked,
                payee.bankCode,
                payee.email);
    }

    public Optional<Payee> find(String menteeId) {
        return payees.findByIdOptional(menteeId);
    }
}
