package org.mentorship.platform.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.mentorship.platform.security.SampleSecrets.Setting;

/**
 * Refuses to start a packaged service (java -jar, a container) that uses a secret, password or account known from
 * this repository ({@link SampleSecrets}), or in the dev or test profile (QUARKUS_PROFILE=dev on a production jar
 * would bring back dev mode's clock control, =test the tests' keys). Only {@code quarkus:dev} and tests may.
 */
@ApplicationScoped
public class SampleSecretCheck {

    void check(@Observes StartupEvent startup, Config config) {
        verify(config, LaunchMode.current());
    }

    static void verify(Config config, LaunchMode mode) {
        if (mode != LaunchMode.NORMAL) {
            return;
        }
        List<String> profiles = config.unwrap(SmallRyeConfig.class).getProfiles();
        if (profiles.contains("dev") || profiles.contains("test")) {
            throw new IllegalStateException("Refusing to start a packaged service in the " + profiles + " profile "
                    + "(QUARKUS_PROFILE): it would bring dev mode's or the tests' settings (sample keys, clock "
                    + "control) into a real deployment. Unset QUARKUS_PROFILE; the local run sets what it needs one "
                    + "by one.");
        }
        List<String> found = samplesIn(config);
        if (!found.isEmpty()) {
            throw new IllegalStateException("Refusing to start with sample values that are public in the source "
                    + "repository: " + String.join("; ", found) + ". Set each to a value of your own.");
        }
    }

    /** The settings (with their environment variable) whose value is a known sample. */
    static List<String> samplesIn(Config config) {
        List<String> found = new ArrayList<>();
        for (Setting setting : SampleSecrets.SETTINGS) {
            Optional<String> value = config.getOptionalValue(setting.property(), String.class);
            if (value.isPresent() && SampleSecrets.isSample(setting, value.get())) {
                found.add(setting.property() + " (" + setting.variable() + ") is a sample value");
            }
        }
        return found;
    }
}
