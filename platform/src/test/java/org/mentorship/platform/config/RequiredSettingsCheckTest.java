package org.mentorship.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.config.RequiredSettings.Lookup;
import org.mentorship.platform.config.RequiredSettings.Requirement;

class RequiredSettingsCheckTest {

    private static final Map<String, String> COMPLETE = Map.of(
            "mp.jwt.verify.publickey.location", "https://id.example.org/certs",
            "mp.jwt.verify.issuer", "https://id.example.org",
            "mp.jwt.verify.audiences", "mentorship-api",
            "quarkus.datasource.jdbc.url", "jdbc:postgresql://db.example.org:5432/stipend",
            "quarkus.datasource.username", "stipend",
            "quarkus.datasource.password", "a-password-of-our-own",
            "kafka.bootstrap.servers", "kafka-0.kafka:9092",
            "mentorship.public-url", "https://api.mentorship.example.org");

    private static Config without(String... properties) {
        Map<String, String> values = new HashMap<>(COMPLETE);
        for (String property : properties) {
            values.remove(property);
        }
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 500))
                .build();
    }

    private static void verify(Config config, LaunchMode mode) {
        RequiredSettingsCheck.verify(Lookup.of(config), mode, List.of("prod"));
    }

    @Test
    void aPackagedServiceWithoutItsInfrastructureRefusesToStartNamingEveryMissingVariableAtOnce() {
        Config config = without(
                "quarkus.datasource.jdbc.url",
                "quarkus.datasource.username",
                "quarkus.datasource.password",
                "kafka.bootstrap.servers",
                "mentorship.public-url",
                "mp.jwt.verify.issuer");
        assertThatThrownBy(() -> verify(config, LaunchMode.NORMAL))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Missing required settings: MP_JWT_VERIFY_ISSUER (mp.jwt.verify.issuer), "
                        + "QUARKUS_DATASOURCE_JDBC_URL (quarkus.datasource.jdbc.url), "
                        + "QUARKUS_DATASOURCE_USERNAME (quarkus.datasource.username), "
                        + "QUARKUS_DATASOURCE_PASSWORD (quarkus.datasource.password), "
                        + "KAFKA_BOOTSTRAP_SERVERS (kafka.bootstrap.servers), "
                        + "MENTORSHIP_PUBLIC_URL (mentorship.public-url).")
                .satisfies(e -> assertThat(((ConfigurationException) e).getConfigKeys())
                        .containsExactly(
                                "mp.jwt.verify.issuer",
                                "quarkus.datasource.jdbc.url",
                                "quarkus.datasource.username",
                                "quarkus.datasource.password",
                                "kafka.bootstrap.servers",
                                "mentorship.public-url"));
    }

    @Test
    void aBlankValueIsMissing() {
        Map<String, String> values = new HashMap<>(COMPLETE);
        values.put("kafka.bootstrap.servers", " ");
        Config config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 500))
                .build();
        assertThatThrownBy(() -> verify(config, LaunchMode.NORMAL))
                .hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS (kafka.bootstrap.servers)");
    }

    @Test
    void aServiceWithoutAnAudienceRefusesToStartInEveryLaunchMode() {
        for (LaunchMode mode : LaunchMode.values()) {
            assertThatThrownBy(() -> verify(without("mp.jwt.verify.audiences"), mode))
                    .as(mode.name())
                    .hasMessageContaining("MP_JWT_VERIFY_AUDIENCES (mp.jwt.verify.audiences)");
        }
    }

    @Test
    void eitherKeySettingWillDo() {
        assertThatThrownBy(() -> verify(without("mp.jwt.verify.publickey.location"), LaunchMode.NORMAL))
                .hasMessageContaining("MP_JWT_VERIFY_PUBLICKEY_LOCATION "
                        + "(mp.jwt.verify.publickey.location) or MP_JWT_VERIFY_PUBLICKEY (mp.jwt.verify.publickey)");
        Map<String, String> values = new HashMap<>(COMPLETE);
        values.remove("mp.jwt.verify.publickey.location");
        values.put("mp.jwt.verify.publickey", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");
        Config config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 500))
                .build();
        assertThatCode(() -> verify(config, LaunchMode.NORMAL)).doesNotThrowAnyException();
    }

    @Test
    void devModeAndTestsBringTheirOwnInfrastructure() {
        Config config = without("quarkus.datasource.jdbc.url", "kafka.bootstrap.servers");
        assertThatCode(() -> verify(config, LaunchMode.TEST)).doesNotThrowAnyException();
        assertThatCode(() -> verify(config, LaunchMode.DEVELOPMENT)).doesNotThrowAnyException();
    }

    @Test
    void everythingSetStarts() {
        assertThatCode(() -> verify(without(), LaunchMode.NORMAL)).doesNotThrowAnyException();
    }

    @Test
    void anExtensionsOwnDefaultDoesNotCount() {
        // As Quarkus Mailer's host defaults to localhost: a value from the default-values source is not a setting.
        Config config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(COMPLETE, "test", 500))
                .withDefaultValue("quarkus.mailer.host", "localhost")
                .build();
        Requirement mailHost = Requirement.of("quarkus.mailer.host", "QUARKUS_MAILER_HOST");
        assertThat(RequiredSettings.missing(Lookup.of(config), List.of(mailHost)))
                .containsExactly(mailHost);
        assertThat(config.getValue("quarkus.mailer.host", String.class)).isEqualTo("localhost");
    }
}
