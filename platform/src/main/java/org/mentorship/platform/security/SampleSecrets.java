package org.mentorship.platform.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every sample value of a secret or account setting ever committed to this repository (tests, the old dev profile,
 * docker-compose's and the dev overlay's old defaults, documentation examples), by setting. They are public: a
 * packaged service that runs with one of them is open to anyone who reads the repository ({@link SampleSecretCheck}).
 * Add a value here whenever a new sample is committed.
 */
public final class SampleSecrets {

    /** Setting, its environment variable, and the values known from the repository. */
    public record Setting(String property, String variable, Set<String> samples) {}

    public static final List<Setting> SETTINGS = List.of(
            new Setting(
                    "mentorship.stipend.payee-key",
                    "MENTORSHIP_STIPEND_PAYEE_KEY",
                    Set.of(
                            "dGVzdC1vbmx5LXBheWVlLWtleS0zMi1ieXRlcyEhISE=",
                            "ZGV2LW9ubHktcGF5ZWUta2V5LTMyLWJ5dGVzLSEhISE=")),
            // Compared without the whsec_ prefix, which the service accepts with or without.
            new Setting(
                    "mentorship.stipend.payout.callback-secret",
                    "MENTORSHIP_STIPEND_PAYOUT_CALLBACK_SECRET",
                    Set.of(
                            "dGVzdC1vbmx5LXBheW91dC1jYWxsYmFjay1zZWNyZXQ=",
                            "ZGV2LW9ubHktcGF5b3V0LWNhbGxiYWNrLXNlY3JldA==",
                            "ZGV2LW9ubHktcGF5b3V0LWNhbGxiYWNrLXNlY3JldCE=",
                            // The Standard Webhooks specification's example secret.
                            "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")),
            new Setting(
                    "mentorship.certificate.signing.private-key",
                    "MENTORSHIP_CERTIFICATE_SIGNING_PRIVATE_KEY",
                    Set.of(
                            "MC4CAQAwBQYDK2VwBCIEIKlLJ9eEuzhmvlnQmZ0Qq835aHtMhwD8g3adho1rrvvm",
                            "MC4CAQAwBQYDK2VwBCIEIHeLEEpNt1rcT332GYTFAXazJFBnfRTlzJFysDzesgOu")),
            // The textbook IBAN of every banking tutorial: payouts would name a stranger's account as the debtor.
            new Setting(
                    "mentorship.stipend.payout.debtor-iban",
                    "MENTORSHIP_STIPEND_DEBTOR_IBAN",
                    Set.of("DE89370400440532013000")),
            new Setting(
                    "quarkus.datasource.password",
                    "QUARKUS_DATASOURCE_PASSWORD",
                    Set.of(
                            "application-dev",
                            "evaluation-dev",
                            "stipend-dev",
                            "certificate-dev",
                            "postgres-dev",
                            "postgres",
                            "password",
                            "changeme",
                            "secret")));

    private SampleSecrets() {}

    /** Whether {@code value} is a known sample of {@code setting} (ignoring spaces, IBANs' case, the whsec_ prefix). */
    public static boolean isSample(Setting setting, String value) {
        String normalized = normalize(value);
        return setting.samples().stream().anyMatch(sample -> normalize(sample).equals(normalized));
    }

    private static String normalize(String value) {
        String compact = value.strip().replaceAll("\\s", "");
        if (compact.startsWith("whsec_")) {
            compact = compact.substring("whsec_".length());
        }
        return compact.matches("[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]+") ? compact.toUpperCase(Locale.ROOT) : compact;
    }
}
