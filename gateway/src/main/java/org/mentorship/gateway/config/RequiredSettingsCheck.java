package org.mentorship.gateway.config;

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
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * Refuses to start without the settings the gateway cannot run without, naming every missing environment variable
 * in one message: a token verification key, the issuer and the audience (a gateway that cannot check tokens must not
 * serve; one that does not check issuer and audience takes any token of any client of the identity provider), and
 * the URL of every service the route table names (MENTORSHIP_GATEWAY_SERVICES_STIPEND_URL etc.; production has no
 * default: it would be the local run's localhost). The same rule as the services' platform RequiredSettingsCheck,
 * which the gateway does not depend on.
 * A packaged gateway is checked while Quarkus builds its run-time configuration ({@link AtConfigurationStart}), before
 * the route table is built or the mapping's own "required" report; dev mode and tests at start-up. The failure is a
 * {@link ConfigurationException}, which Quarkus prints as the message alone.
 */
@ApplicationScoped
public class RequiredSettingsCheck {

    private static final String SERVICES = "mentorship.gateway.services.";

    void check(@Observes StartupEvent startup, Config config) {
        verify(
                config::getConfigValue,
                config.getPropertyNames(),
                config.unwrap(SmallRyeConfig.class).getProfiles());
    }

    static void verify(Function<String, ConfigValue> settings, Iterable<String> names, List<String> profiles) {
        List<String> missing = missing(settings, names);
        if (!missing.isEmpty()) {
            Set<String> properties = new LinkedHashSet<>();
            missing.forEach(m -> properties.add(m.substring(m.indexOf('(') + 1, m.indexOf(')'))));
            throw new ConfigurationException(
                    "Missing required settings: " + String.join(", ", missing)
                            + ". Set these environment variables (profile " + String.join(",", profiles)
                            + "; there are no "
                            + "defaults for them outside dev mode and the tests, and the local run, ./mentorship up, sets "
                            + "them itself).",
                    properties);
        }
    }

    /** "VARIABLE (property)" for each missing setting, tokens first, then the services by name. */
    static List<String> missing(Function<String, ConfigValue> settings, Iterable<String> names) {
        List<String> missing = new ArrayList<>();
        if (!isSet(settings, "mp.jwt.verify.publickey.location") && !isSet(settings, "mp.jwt.verify.publickey")) {
            missing.add(described("mp.jwt.verify.publickey.location") + " or " + described("mp.jwt.verify.publickey"));
        }
        for (String property : List.of("mp.jwt.verify.issuer", "mp.jwt.verify.audiences")) {
            if (!isSet(settings, property)) {
                missing.add(described(property));
            }
        }
        for (String service : services(names)) {
            String url = SERVICES + service + ".url";
            if (!isSet(settings, url)) {
                missing.add(described(url));
            }
        }
        return missing;
    }

    /** The services the route table names: those with path prefixes (in every profile). */
    static Set<String> services(Iterable<String> names) {
        Set<String> services = new TreeSet<>();
        for (String name : names) {
            String unprofiled = name.startsWith("%") ? name.substring(name.indexOf('.') + 1) : name;
            if (unprofiled.startsWith(SERVICES) && unprofiled.endsWith(".paths")) {
                services.add(unprofiled.substring(SERVICES.length(), unprofiled.length() - ".paths".length()));
            }
        }
        return services;
    }

    private static String described(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + " (" + property + ")";
    }

    /** A non-blank value from a real source (an extension's own default, of the lowest ordinal, does not count). */
    private static boolean isSet(Function<String, ConfigValue> settings, String property) {
        ConfigValue value = settings.apply(property);
        return value != null
                && value.getValue() != null
                && !value.getValue().isBlank()
                && value.getSourceOrdinal() > Integer.MIN_VALUE;
    }

    /**
     * Runs the check when Quarkus builds a packaged gateway's run-time configuration, the first thing it does on
     * start (registered in META-INF/services; it adds no configuration). Not while the build reads its own
     * configuration, and not at static init, when no run-time setting is there yet.
     */
    public static final class AtConfigurationStart implements ConfigSourceFactory {

        @Override
        public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources(
                ConfigSourceContext context) {
            if (ExecutionMode.current() == ExecutionMode.RUNTIME_INIT && LaunchMode.current() == LaunchMode.NORMAL) {
                Iterator<String> names = context.iterateNames();
                verify(context::getValue, () -> names, context.getProfiles());
            }
            return List.of();
        }
    }
}
