package org.mentorship.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class RequiredSettingsCheckTest {

    private static final Map<String, String> COMPLETE = Map.of(
            "mp.jwt.verify.publickey.location", "https://id.example.org/certs",
            "mp.jwt.verify.issuer", "https://id.example.org",
            "mp.jwt.verify.audiences", "mentorship-api",
            "mentorship.gateway.services.application.paths", "/api/v1/terms",
            "mentorship.gateway.services.application.url", "http://application-service:8081",
            "mentorship.gateway.services.stipend.paths", "/api/v1/payments",
            "%dev.mentorship.gateway.services.stipend.url", "http://localhost:8083",
            "mentorship.gateway.services.stipend.url", "http://stipend-service:8083");

    private static Config without(String... properties) {
        Map<String, String> values = new HashMap<>(COMPLETE);
        for (String property : properties) {
            values.remove(property);
        }
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 500))
                .build();
    }

    private static void verify(Config config) {
        RequiredSettingsCheck.verify(config::getConfigValue, config.getPropertyNames(), List.of("prod"));
    }

    @Test
    void aGatewayWithoutItsUpstreamsAndIssuerRefusesToStartNamingEveryMissingVariableAtOnce() {
        Config config = without(
                "mentorship.gateway.services.application.url",
                "mentorship.gateway.services.stipend.url",
                "mp.jwt.verify.issuer");
        assertThatThrownBy(() -> verify(config))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Missing required settings: MP_JWT_VERIFY_ISSUER (mp.jwt.verify.issuer), "
                        + "MENTORSHIP_GATEWAY_SERVICES_APPLICATION_URL (mentorship.gateway.services.application.url), "
                        + "MENTORSHIP_GATEWAY_SERVICES_STIPEND_URL (mentorship.gateway.services.stipend.url).")
                .satisfies(e -> assertThat(((ConfigurationException) e).getConfigKeys())
                        .containsExactly(
                                "mp.jwt.verify.issuer",
                                "mentorship.gateway.services.application.url",
                                "mentorship.gateway.services.stipend.url"));
    }

    @Test
    void withoutAnyKeyBothWaysOfGivingOneAreNamed() {
        assertThatThrownBy(() -> verify(without("mp.jwt.verify.publickey.location")))
                .hasMessageContaining("MP_JWT_VERIFY_PUBLICKEY_LOCATION (mp.jwt.verify.publickey.location) or "
                        + "MP_JWT_VERIFY_PUBLICKEY (mp.jwt.verify.publickey)");
    }

    @Test
    void theServicesAreTheRouteTablesEvenWhenOnlyAProfileNamesThem() {
        assertThat(RequiredSettingsCheck.services(List.of(
                        "mentorship.gateway.services.a.paths",
                        "%test.mentorship.gateway.services.b.paths",
                        "mentorship.gateway.services.c.url")))
                .containsExactly("a", "b");
    }

    @Test
    void everythingSetStarts() {
        assertThatCode(() -> verify(without())).doesNotThrowAnyException();
    }
}
