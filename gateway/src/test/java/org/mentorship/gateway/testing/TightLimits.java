package org.mentorship.gateway.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Small rate limits (three requests per hour: nothing refills during a test) and a certificate service that
 * is given longer than the others. Tests using it share one gateway; each uses its own test users.
 */
public class TightLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mentorship.gateway.rate-limit.authenticated-capacity",
                "3",
                "mentorship.gateway.rate-limit.anonymous-capacity",
                "3",
                "mentorship.gateway.rate-limit.period",
                "1h",
                // Longer than FakeUpstreams.SLOW_MILLIS, where the default (1s in tests) is shorter.
                "mentorship.gateway.services.certificate.timeout",
                "6s");
    }
}
