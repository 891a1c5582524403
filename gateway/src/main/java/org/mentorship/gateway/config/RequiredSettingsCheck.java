package org.mentorship.gateway.config;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.mentorship.platform.config.RequiredSettings;
import org.mentorship.platform.config.RequiredSettings.Lookup;
import org.mentorship.platform.config.RequiredSettings.Requirement;

/**
 * Refuses to start without the settings the gateway cannot run without, naming every missing environment variable
 * in one message, by the services' rule (platform-web {@link RequiredSettings}): the token settings
 * ({@link RequiredSettings#TOKENS}) and the URL of every service the route table names
 * (MENTORSHIP_GATEWAY_SERVICES_STIPEND_URL etc.; production has no default: it would be the local run's localhost).
 * A packaged gateway is checked while Quarkus builds its run-time configuration ({@link AtConfigurationStart}), before
 * the route table is built or the mapping's own "required" report; dev mode and tests at start-up.
 */
@ApplicationScoped
public class RequiredSettingsCheck {

    private static final String SERVICES = "mentorship.gateway.services.";
    /** The brokers the AsyncAPI document names for partners (a packaged gateway has no default). */
    static final Requirement KAFKA_SERVERS =
            Requirement.of("mentorship.asyncapi.kafka-servers", "MENTORSHIP_ASYNCAPI_KAFKA_SERVERS");

    void check(@Observes StartupEvent startup, Config config) {
        verify(
                config::getConfigValue,
                config.getPropertyNames(),
                config.unwrap(SmallRyeConfig.class).getProfiles());
    }

    static void verify(Lookup settings, Iterable<String> names, List<String> profiles) {
        RequiredSettings.verify(settings, requirements(names), profiles);
    }

    /** Tokens first, then each routed service's URL, by name. */
    static List<Requirement> requirements(Iterable<String> names) {
        List<Requirement> requirements = new ArrayList<>(RequiredSettings.TOKENS);
        for (String service : services(names)) {
            String url = SERVICES + service + ".url";
            requirements.add(Requirement.of(url, url.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_")));
        }
        return requirements;
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

    /** Registered in META-INF/services: the check of a packaged gateway, over the names being configured. */
    public static final class AtConfigurationStart extends RequiredSettings.AtConfigurationStart {

        @Override
        protected List<Requirement> requirements(ConfigSourceContext context) {
            Iterator<String> names = context.iterateNames();
            List<Requirement> requirements = new ArrayList<>(RequiredSettingsCheck.requirements(() -> names));
            // Only a packaged start: dev mode and the tests name the local run's gateway (DataSchemaUrls' default).
            requirements.add(RequiredSettings.PUBLIC_URL);
            requirements.add(KAFKA_SERVERS);
            return requirements;
        }
    }
}
