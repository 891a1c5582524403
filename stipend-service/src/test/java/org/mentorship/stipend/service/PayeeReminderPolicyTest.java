package org.mentorship.stipend.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.model.Payee;
import org.mentorship.stipend.model.PayoutMethod;

class PayeeReminderPolicyTest {

    @Test
    void anEarnedInstallmentWithoutUsableDetailsIsReminded() {
        assertThat(PayeeReminderPolicy.remind(true, null)).isTrue();
        Payee noAccount = payee();
        noAccount.accountEncrypted = " ";
        assertThat(PayeeReminderPolicy.remind(true, noAccount)).isTrue();
        Payee noHolder = payee();
        noHolder.accountHolder = null;
        assertThat(PayeeReminderPolicy.remind(true, noHolder)).isTrue();
    }

    @Test
    void usableDetailsOrNothingEarnedRemindNobody() {
        assertThat(PayeeReminderPolicy.usable(payee())).isTrue();
        assertThat(PayeeReminderPolicy.remind(true, payee())).isFalse();
        assertThat(PayeeReminderPolicy.remind(false, null)).isFalse();
    }

    @Test
    void theMailStatesTheTimeInTheMenteesZoneAndInUtc() {
        String text = PayeeReminderPolicy.text(
                1,
                "1500.00 EUR",
                "Structured logging",
                LocalDate.of(2026, 7, 20),
                Instant.parse("2026-07-14T21:59:00Z"),
                ZoneId.of("Europe/Berlin"));
        assertThat(text)
                .contains("installment 1 of your stipend for Structured logging (1500.00 EUR)")
                .contains("Tue 14 Jul 2026, 23:59 Europe/Berlin (21:59 UTC)")
                .contains("expected on 2026-07-20");
    }

    private static Payee payee() {
        Payee p = new Payee();
        p.menteeId = "ana";
        p.payoutMethod = PayoutMethod.BANK_TRANSFER;
        p.accountHolder = "Ana Okafor";
        p.accountEncrypted = "v1:abc";
        p.accountMasked = "****3000";
        p.country = "DE";
        return p;
    }
}
