package org.mentorship.platform.config;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.Config;
import org.mentorship.platform.config.RequiredSettings.Requirement;
import org.mentorship.platform.config.RequiredSettings.Setting;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.SmallRyeConfig;

/**
 * Refuses to start without the settings a service cannot run without, naming every missing environment variable in
 * one message (ops fix a deployment in one round, not one variable per restart).
 * <ul>
 * <li>Tokens, in every launch mode: a verification key (MP_JWT_VERIFY_PUBLICKEY_LOCATION, a PEM or the identity
 * provider's JWKS URL, or MP_JWT_VERIFY_PUBLICKEY), the issuer and the audience. A service that cannot check tokens
 * must not serve, and one that does not check issuer and audience takes any token of any client of the provider.</li>
 * <li>The database, Kafka and SMTP, for a packaged service (java -jar, a container): production has no defaults for
 * them, and dev mode and the tests have their own (%dev, %test, the tests' resources).</li>
 * </ul>
 * It observes start-up before everything else (the outbox relay and the Kafka channels connect then), and its
 * failure is a {@link ConfigurationException}, which Quarkus prints as the message alone.
 */
@ApplicationScoped
public class RequiredSettingsCheck {

    static final List<Requirement> TOKENS = List.of(
            new Requirement(List.of(
                    new Setting("mp.jwt.verify.publickey.location", "MP_JWT_VERIFY_PUBLICKEY_LOCATION"),
                    new Setting("mp.jwt.verify.publickey", "MP_JWT_VERIFY_PUBLICKEY")), config -> true),
            Requirement.of("mp.jwt.verify.issuer", "MP_JWT_VERIFY_ISSUER"),
            Requirement.of("mp.jwt.verify.audiences", "MP_JWT_VERIFY_AUDIENCES"));

    static final List<Requirement> INFRASTRUCTURE = List.of(
            Requirement.of("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL"),
            Requirement.of("quarkus.datasource.username", "QUARKUS_DATASOURCE_USERNAME"),
            Requirement.of("quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD"),
            Requirement.of("kafka.bootstrap.servers", "KAFKA_BOOTSTRAP_SERVERS"),
            // Quarkus Mailer would otherwise send to its default, localhost:25.
            Requirement.of("quarkus.mailer.host", "QUARKUS_MAILER_HOST").when(RequiredSettingsCheck::sendsMail));

    private static final String MAILER = "io.quarkus.mailer.Mailer";

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent startup, Config config) {
        verify(config, LaunchMode.current());
    }

    static void verify(Config config, LaunchMode mode) {
        List<Requirement> missing = RequiredSettings.missing(config, requirements(mode));
        if (!missing.isEmpty()) {
            String profile = String.join(",", config.unwrap(SmallRyeConfig.class).getProfiles());
            throw new ConfigurationException(RequiredSettings.message(missing, profile),
                    RequiredSettings.properties(missing));
        }
    }

    static List<Requirement> requirements(LaunchMode mode) {
        List<Requirement> requirements = new ArrayList<>(TOKENS);
        if (mode == LaunchMode.NORMAL) {
            requirements.addAll(INFRASTRUCTURE);
        }
        return requirements;
    }

    /** Quarkus Mailer is part of this service and really sends (not its mock, which only logs). */
    static boolean sendsMail(Config config) {
        return mailerPresent() && !config.getOptionalValue("quarkus.mailer.mock", Boolean.class).orElse(false);
    }

    private static boolean mailerPresent() {
        try {
            Class.forName(MAILER, false, RequiredSettingsCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
