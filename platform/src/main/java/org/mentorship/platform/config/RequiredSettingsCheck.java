package org.mentorship.platform.config;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.mentorship.platform.config.RequiredSettings.Lookup;
import org.mentorship.platform.config.RequiredSettings.Requirement;
import org.mentorship.platform.config.RequiredSettings.Setting;

/**
 * Refuses to start without the settings a service cannot run without, naming every missing environment variable in
 * one message (ops fix a deployment in one round, not one variable per restart).
 * <ul>
 * <li>Tokens, in every launch mode: a verification key (MP_JWT_VERIFY_PUBLICKEY_LOCATION, a PEM or the identity
 * provider's JWKS URL, or MP_JWT_VERIFY_PUBLICKEY), the issuer and the audience. A service that cannot check tokens
 * must not serve, and one that does not check issuer and audience takes any token of any client of the provider.</li>
 * <li>The database, Kafka and SMTP, for a packaged service (java -jar, a container): production has no defaults for
 * them; dev mode and the tests have their own (%dev, %test, the tests' resources).</li>
 * </ul>
 * A packaged service is checked while Quarkus builds its run-time configuration ({@link AtConfigurationStart}), before
 * any extension starts: Hibernate ORM would otherwise fail first on the missing database URL with a message of its
 * own, naming nothing else. Dev mode and tests are checked at start-up. The failure is a
 * {@link ConfigurationException}, which Quarkus prints as the message alone.
 */
@ApplicationScoped
public class RequiredSettingsCheck {

    static final List<Requirement> TOKENS = List.of(
            new Requirement(
                    List.of(
                            new Setting("mp.jwt.verify.publickey.location", "MP_JWT_VERIFY_PUBLICKEY_LOCATION"),
                            new Setting("mp.jwt.verify.publickey", "MP_JWT_VERIFY_PUBLICKEY")),
                    settings -> true),
            Requirement.of("mp.jwt.verify.issuer", "MP_JWT_VERIFY_ISSUER"),
            Requirement.of("mp.jwt.verify.audiences", "MP_JWT_VERIFY_AUDIENCES"));

    static final List<Requirement> INFRASTRUCTURE = List.of(
            Requirement.of("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL"),
            Requirement.of("quarkus.datasource.username", "QUARKUS_DATASOURCE_USERNAME"),
            Requirement.of("quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD"),
            Requirement.of("kafka.bootstrap.servers", "KAFKA_BOOTSTRAP_SERVERS"),
            // Quarkus Mailer would otherwise send to its own default, localhost.
            Requirement.of("quarkus.mailer.host", "QUARKUS_MAILER_HOST").when(RequiredSettingsCheck::sendsMail));

    private static final String MAILER = "io.quarkus.mailer.Mailer";

    void check(@Observes StartupEvent startup, Config config) {
        verify(
                Lookup.of(config),
                LaunchMode.current(),
                config.unwrap(SmallRyeConfig.class).getProfiles());
    }

    static void verify(Lookup settings, LaunchMode mode, List<String> profiles) {
        List<Requirement> missing = RequiredSettings.missing(settings, requirements(mode));
        if (!missing.isEmpty()) {
            throw new ConfigurationException(
                    RequiredSettings.message(missing, profiles), RequiredSettings.properties(missing));
        }
    }

    static List<Requirement> requirements(LaunchMode mode) {
        List<Requirement> requirements = new ArrayList<>(TOKENS);
        if (mode == LaunchMode.NORMAL) {
            requirements.addAll(INFRASTRUCTURE);
        }
        return requirements;
    }

    /** Quarkus Mailer is part of this service and really sends (its mock only logs). */
    static boolean sendsMail(Lookup settings) {
        return mailerPresent()
                && !(settings.isSet("quarkus.mailer.mock")
                        && Boolean.parseBoolean(
                                settings.get("quarkus.mailer.mock").getValue().strip()));
    }

    private static boolean mailerPresent() {
        try {
            Class.forName(MAILER, false, RequiredSettingsCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Runs the check when Quarkus builds a packaged service's run-time configuration, the first thing it does on
     * start (registered in META-INF/services; it adds no configuration). Not while the build reads its own
     * configuration, and not at static init, when no run-time setting is there yet.
     */
    public static final class AtConfigurationStart implements ConfigSourceFactory {

        @Override
        public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources(
                ConfigSourceContext context) {
            if (ExecutionMode.current() == ExecutionMode.RUNTIME_INIT && LaunchMode.current() == LaunchMode.NORMAL) {
                verify(context::getValue, LaunchMode.NORMAL, context.getProfiles());
            }
            return List.of();
        }
    }
}
