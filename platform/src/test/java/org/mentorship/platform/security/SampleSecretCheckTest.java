package org.mentorship.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class SampleSecretCheckTest {

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 500))
                .build();
    }

    @Test
    void aPackagedServiceWithTheCommittedCallbackSecretRefusesToStartNamingTheSetting() {
        Config config = config(Map.of(
                "mentorship.stipend.payout.callback-secret", "whsec_dGVzdC1vbmx5LXBheW91dC1jYWxsYmFjay1zZWNyZXQ="));
        assertThatThrownBy(() -> SampleSecretCheck.verify(config, LaunchMode.NORMAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mentorship.stipend.payout.callback-secret")
                .hasMessageContaining("MENTORSHIP_STIPEND_PAYOUT_CALLBACK_SECRET");
    }

    @Test
    void theTextbookIbanIsRefusedAlsoWrittenInGroups() {
        Config config = config(Map.of("mentorship.stipend.payout.debtor-iban", "de89 3704 0044 0532 0130 00"));
        assertThatThrownBy(() -> SampleSecretCheck.verify(config, LaunchMode.NORMAL))
                .hasMessageContaining("MENTORSHIP_STIPEND_DEBTOR_IBAN");
    }

    @Test
    void everySampleOfEverySettingIsRefused() {
        for (SampleSecrets.Setting setting : SampleSecrets.SETTINGS) {
            for (String sample : setting.samples()) {
                assertThat(SampleSecretCheck.samplesIn(config(Map.of(setting.property(), sample))))
                        .as(setting.property() + " = " + sample)
                        .hasSize(1);
            }
        }
    }

    @Test
    void theCommittedDatabasePasswordsAndSigningKeyAreRefused() {
        Config config = config(Map.of(
                "quarkus.datasource.password",
                "stipend-dev",
                "mentorship.certificate.signing.private-key",
                "MC4CAQAwBQYDK2VwBCIEIHeLEEpNt1rcT332GYTFAXazJFBnfRTlzJFysDzesgOu"));
        assertThat(SampleSecretCheck.samplesIn(config)).hasSize(2);
    }

    @Test
    void valuesOfYourOwnStart() {
        Config config = config(Map.of(
                "mentorship.stipend.payout.callback-secret", "whsec_c29tZXRoaW5nLWVsc2UtZW50aXJlbHktcmFuZG9t",
                "mentorship.stipend.payout.debtor-iban", "DE02120300000000202051",
                "quarkus.datasource.password", "k7f9Qx2LmW"));
        assertThatCode(() -> SampleSecretCheck.verify(config, LaunchMode.NORMAL))
                .doesNotThrowAnyException();
    }

    @Test
    void aPackagedServiceRefusesTheDevAndTestProfiles() {
        for (String profile : new String[] {"dev", "test"}) {
            Config config = new SmallRyeConfigBuilder().withProfile(profile).build();
            assertThatThrownBy(() -> SampleSecretCheck.verify(config, LaunchMode.NORMAL))
                    .as(profile)
                    .hasMessageContaining("QUARKUS_PROFILE");
        }
        Config prod = new SmallRyeConfigBuilder().withProfile("prod").build();
        assertThatCode(() -> SampleSecretCheck.verify(prod, LaunchMode.NORMAL)).doesNotThrowAnyException();
    }

    @Test
    void testsAndDevModeMayUseTheSamples() {
        Config config = config(Map.of("quarkus.datasource.password", "stipend-dev"));
        assertThatCode(() -> SampleSecretCheck.verify(config, LaunchMode.TEST)).doesNotThrowAnyException();
        assertThatCode(() -> SampleSecretCheck.verify(config, LaunchMode.DEVELOPMENT))
                .doesNotThrowAnyException();
    }
}
