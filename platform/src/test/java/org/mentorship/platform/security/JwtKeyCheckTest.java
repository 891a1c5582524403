package org.mentorship.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

class JwtKeyCheckTest {

    private static final Map<String, String> COMPLETE = Map.of(
            "mp.jwt.verify.publickey.location", "https://id.example.org/certs",
            "mp.jwt.verify.issuer", "https://id.example.org",
            "mp.jwt.verify.audiences", "mentorship-api");

    private static Config without(String property) {
        Map<String, String> values = new HashMap<>(COMPLETE);
        values.remove(property);
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 500)).build();
    }

    @Test
    void aServiceWithoutAnAudienceRefusesToStartNamingTheVariable() {
        assertThatThrownBy(() -> new JwtKeyCheck().check(null, without("mp.jwt.verify.audiences")))
                .hasMessageContaining("MP_JWT_VERIFY_AUDIENCES");
    }

    @Test
    void aServiceWithoutAnIssuerRefusesToStartNamingTheVariable() {
        assertThatThrownBy(() -> new JwtKeyCheck().check(null, without("mp.jwt.verify.issuer")))
                .hasMessageContaining("MP_JWT_VERIFY_ISSUER");
    }

    @Test
    void keyIssuerAndAudienceTogetherStart() {
        assertThatCode(() -> new JwtKeyCheck().check(null, without("none"))).doesNotThrowAnyException();
    }
}
