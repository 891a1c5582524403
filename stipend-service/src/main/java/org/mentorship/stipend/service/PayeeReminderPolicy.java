package org.mentorship.stipend.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.mentorship.platform.time.LocalTimes;
import org.mentorship.stipend.model.Payee;

/**
 * When a mentee is reminded to give payout details: an installment of theirs is earned (its evaluation passed) and
 * there is nothing a payment could be approved with: no payee at all, or one without a method, a holder or an
 * account. Once per installment (the caller keeps the key); the mail states the time in the mentee's zone.
 */
public final class PayeeReminderPolicy {

    private PayeeReminderPolicy() {}

    /** Details an approval can snapshot and a payout file can pay: a method, the holder and the account. */
    public static boolean usable(Payee payee) {
        return payee != null
                && payee.payoutMethod != null
                && notBlank(payee.accountHolder)
                && notBlank(payee.accountEncrypted);
    }

    /** Whether an earned installment's mentee is to be reminded. */
    public static boolean remind(boolean earned, Payee payee) {
        return earned && !usable(payee);
    }

    public static String subject(String projectTitle) {
        return "Your stipend is earned: add your payout details (" + projectTitle + ")";
    }

    public static String text(
            int installment, String amount, String projectTitle, LocalDate expectedOn, Instant earnedAt, ZoneId zone) {
        return "Hello,\n\ninstallment " + installment + " of your stipend for " + projectTitle + " (" + amount
                + ") was earned on " + LocalTimes.forMail(earnedAt, zone) + " and is expected on " + expectedOn
                + ".\nIt can be paid only once you have given your payout details: add them under your stipend's payee "
                + "details (PUT /api/v1/payees/me).\n";
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
