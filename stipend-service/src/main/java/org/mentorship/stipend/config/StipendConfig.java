package org.mentorship.stipend.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Settings of the stipend service; secrets come from the environment in production. */
@ConfigMapping(prefix = "mentorship.stipend")
public interface StipendConfig {

    /**
     * AES key (Base64, 16 or 32 bytes) that encrypts payee account details at rest. Optional so the service starts
     * without it; saving payee details then answers 503 until it is set.
     */
    Optional<String> payeeKey();

    Payout payout();

    /** How often parked events whose dependency now exists are re-applied (read by the scheduler's expression). */
    @WithDefault("30s")
    String pendingSweepEvery();

    Mail mail();

    /**
     * Mail waiting in mail_outbox: how often the sender runs, how often a mail is tried, the first wait (doubling), and
     * how long a claim holds.
     */
    interface Mail {
        @WithDefault("5s")
        String sendEvery();

        @WithDefault("8")
        int maxAttempts();

        @WithDefault("30s")
        java.time.Duration backoff();

        /**
         * How long a claimed mail is its sender's to send: longer than a batch of sends at the mailer's timeout, so
         * only a sender that died or hung (or could not mark it) has its mails taken over, sent again with the same
         * Message-ID.
         */
        @WithDefault("PT5M")
        java.time.Duration lease();
    }
    /**
     * A payment above this many minor units (of its own currency) needs the approvals of two different finance users.
     * 500000 = 5,000.00 in a two-decimal currency, well above a usual installment.
     */
    @WithDefault("500000")
    long dualApprovalAboveMinor();

    interface Payout {
        /** Shared secret of the payout provider: callbacks carry HMAC-SHA256(body) under it. */
        Optional<String> callbackSecret();

        /** The program's own account, the debtor of every credit transfer. */
        String debtorName();

        String debtorIban();

        String debtorBic();
    }
}
