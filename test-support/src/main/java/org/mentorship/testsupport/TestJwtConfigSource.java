package org.mentorship.testsupport;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * In the test profile the services and the gateway trust the tests' own key pair, made on this machine at first
 * use ({@link TestSigningKeys}). On the test class path only (test-support is a test dependency); registered in
 * META-INF/services.
 */
public class TestJwtConfigSource implements ConfigSource {

    private static final String PROPERTY = "%test.mp.jwt.verify.publickey.location";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, TestSigningKeys.publicKeyFile().toString());
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName) ? TestSigningKeys.publicKeyFile().toString() : null;
    }

    @Override
    public String getName() {
        return "mentorship-test-jwt";
    }

    @Override
    public int getOrdinal() {
        return 200;
    }
}
