package org.mentorship.certificate.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** How Letters of Completion are signed, verified and mailed. */
@ConfigMapping(prefix = "mentorship.certificate")
public interface CertificateConfig {

    /** Where anyone verifies a code: the code is appended (under MENTORSHIP_PUBLIC_URL, application.properties). */
    String verifyBaseUrl();

    Signing signing();

    Mail mail();

    Survey survey();

    Requirements requirements();

    /** When the survey and exams are due after the mentorship completed, and the mentee's reminder (issue 19). */
    interface Requirements {
        @WithDefault("P30D")
        Duration dueAfter();

        @WithDefault("P7D")
        Duration remindBefore();

        /** How often due reminders are looked for (a Quarkus scheduler interval, or "off"). */
        @WithDefault("1m")
        String every();
    }

    interface Signing {
        /**
         * Base64 PKCS#8 Ed25519 private key. The test and dev values in application.properties are test-only
         * keys; production has no default (MENTORSHIP_CERTIFICATE_SIGNING_PRIVATE_KEY).
         */
        Optional<String> privateKey();

        /** Names the key in each certificate, so a rotated key can still be told apart. */
        @WithDefault("ed25519-1")
        String keyId();

        /**
         * Public keys of earlier signing keys (key id -> base64 X.509), so certificates signed before a rotation
         * still verify. E.g. {@code mentorship.certificate.signing.previous-public-keys."ed25519-1"=MCowBQ...}.
         */
        Map<String, String> previousPublicKeys();
    }

    interface Mail {
        /** How often unsent certificate mails are (re)tried (a Quarkus scheduler interval, or "off"). */
        @WithDefault("5s")
        String interval();

        /** A mail that failed this many times is FAILED, with its last error shown on the certificate. */
        @WithDefault("5")
        int maxAttempts();

        /** The wait after the first failed attempt; it doubles with each further one. */
        @WithDefault("PT30S")
        Duration backoff();

        /**
         * How long a claimed mail is this replica's to send: longer than a batch of sends at the mailer's timeout,
         * so a mail is taken over only from a replica that died or hung.
         */
        @WithDefault("PT5M")
        Duration lease();
    }

    interface Survey {
        /**
         * Mentors see a project's results only from this many answers on: with fewer, a mentor could tell who
         * gave which rating.
         */
        @WithDefault("3")
        int mentorMinimumResponses();
    }
}
