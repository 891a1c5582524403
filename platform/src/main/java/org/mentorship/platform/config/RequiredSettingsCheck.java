package org.mentorship.platform.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.mentorship.platform.config.RequiredSettings.Lookup;
import org.mentorship.platform.config.RequiredSettings.Requirement;

/**
 * Refuses to start without the settings a service cannot run without, naming every missing environment variable in
 * one message (ops fix a deployment in one round, not one variable per restart).
 * <ul>
 * <li>Tokens, in every launch mode ({@link RequiredSettings#TOKENS}, as the gateway).</li>
 * <li>The database, Kafka and SMTP, for a packaged service (java -jar, a container): production has no defaults for
 * them; dev mode and the tests have their own (%dev, %test, the tests' resources).</li>
 * </ul>
 * A packaged service is checked while Quarkus builds its run-time configuration ({@link AtConfigurationStart}), before
 * any extension starts: Hibernate ORM would otherwise fail first on the missing database URL with a message of its
 * own, naming nothing else. Dev mode and tests are checked at start-up. The failure is a
 * {@code ConfigurationException}, which Quarkus prints as the message alone ({@link RequiredSettings#verify}).
 */
@ApplicationScoped
public class RequiredSettingsCheck {

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
        RequiredSettings.verify(settings, requirements(mode), profiles);
    }

    static List<Requirement> requirements(LaunchMode mode) {
        List<Requirement> requirements = new ArrayList<>(RequiredSettings.TOKENS);
        if (mode == LaunchMode.NORMAL) {
            requirements.addAll(INFRASTRUCTURE);
            requirements.add(RequiredSettings.PUBLIC_URL);
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

    /** Registered in META-INF/services: the check of a packaged service, before any extension starts. */
    public static final class AtConfigurationStart extends RequiredSettings.AtConfigurationStart {

        @Override
        protected List<Requirement> requirements(ConfigSourceContext context) {
            return RequiredSettingsCheck.requirements(LaunchMode.NORMAL);
        }
    }
}
