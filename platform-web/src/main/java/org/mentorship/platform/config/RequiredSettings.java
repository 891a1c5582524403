package org.mentorship.platform.config;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The settings a service or the gateway cannot do without, each with the environment variable ops set it by.
 * Production has no default for any of them on purpose: a default would be the local run's (localhost, sample
 * logins), and a pod that lacks a variable would then quietly talk to its own loopback interface. Each side lists its
 * own requirements (platform's and the gateway's {@code RequiredSettingsCheck}); both need {@link #TOKENS}, and both
 * refuse to start the same way ({@link #verify}, {@link AtConfigurationStart}).
 */
public final class RequiredSettings {

    /**
     * Tokens, in every launch mode: a verification key (MP_JWT_VERIFY_PUBLICKEY_LOCATION, a PEM or the identity
     * provider's JWKS URL, or MP_JWT_VERIFY_PUBLICKEY), the issuer and the audience. What cannot check tokens must not
     * serve, and what does not check issuer and audience takes any token of any client of the provider.
     */
    public static final List<Requirement> TOKENS = List.of(
            new Requirement(
                    List.of(
                            new Setting("mp.jwt.verify.publickey.location", "MP_JWT_VERIFY_PUBLICKEY_LOCATION"),
                            new Setting("mp.jwt.verify.publickey", "MP_JWT_VERIFY_PUBLICKEY")),
                    settings -> true),
            Requirement.of("mp.jwt.verify.issuer", "MP_JWT_VERIFY_ISSUER"),
            Requirement.of("mp.jwt.verify.audiences", "MP_JWT_VERIFY_AUDIENCES"));

    /**
     * The gateway's URL as clients reach it, which events (ce_dataschema), the AsyncAPI document and the Letters of
     * Completion (their verification link) name: a packaged start has no default, since the local run's
     * http://localhost:8080 printed on a certificate would send its readers nowhere.
     */
    public static final Requirement PUBLIC_URL = Requirement.of("mentorship.public-url", "MENTORSHIP_PUBLIC_URL");

    /** Where settings are read: the finished configuration, or the one being built ({@link RequiredSettingsCheck}). */
    @FunctionalInterface
    public interface Lookup {

        ConfigValue get(String property);

        static Lookup of(Config config) {
            return config::getConfigValue;
        }

        /**
         * A non-blank value from a real source. An extension's own default (Quarkus Mailer's host is "localhost")
         * comes from the lowest-ordinal default-values source and does not count: it is the silent localhost to avoid.
         */
        default boolean isSet(String property) {
            ConfigValue value = get(property);
            return value != null
                    && value.getValue() != null
                    && !value.getValue().isBlank()
                    && value.getSourceOrdinal() > Integer.MIN_VALUE;
        }
    }

    /** A setting and the environment variable that sets it. */
    public record Setting(String property, String variable) {

        @Override
        public String toString() {
            return variable + " (" + property + ")";
        }
    }

    /** Met when one of its settings has a value; applies only where {@code appliesTo} says (e.g. mail is sent). */
    public record Requirement(List<Setting> anyOf, Predicate<Lookup> appliesTo) {

        public static Requirement of(String property, String variable) {
            return new Requirement(List.of(new Setting(property, variable)), settings -> true);
        }

        public Requirement when(Predicate<Lookup> condition) {
            return new Requirement(anyOf, condition);
        }

        boolean isMissingIn(Lookup settings) {
            return appliesTo.test(settings) && anyOf.stream().noneMatch(s -> settings.isSet(s.property()));
        }

        @Override
        public String toString() {
            return anyOf.stream().map(Setting::toString).collect(Collectors.joining(" or "));
        }
    }

    private RequiredSettings() {}

    /** The requirements not met, in the order given (empty when all are). */
    public static List<Requirement> missing(Lookup settings, List<Requirement> requirements) {
        List<Requirement> missing = new ArrayList<>();
        for (Requirement requirement : requirements) {
            if (requirement.isMissingIn(settings)) {
                missing.add(requirement);
            }
        }
        return missing;
    }

    /**
     * Refuses the start when a requirement is not met, naming every missing variable in one message (ops fix a
     * deployment in one round, not one variable per restart). A {@link ConfigurationException}, which Quarkus prints
     * as the message alone.
     */
    public static void verify(Lookup settings, List<Requirement> requirements, List<String> profiles) {
        List<Requirement> missing = missing(settings, requirements);
        if (!missing.isEmpty()) {
            throw new ConfigurationException(message(missing, profiles), properties(missing));
        }
    }

    /** One line naming every missing variable, e.g. "Missing required settings: KAFKA_BOOTSTRAP_SERVERS (...)". */
    public static String message(List<Requirement> missing, List<String> profiles) {
        return "Missing required settings: "
                + missing.stream().map(Requirement::toString).collect(Collectors.joining(", "))
                + ". Set these environment variables (profile "
                + String.join(",", profiles) + "; there are no defaults for them outside dev mode and the tests, and "
                + "the local run, ./mentorship up, sets them itself).";
    }

    /** The properties of the missing requirements (what Quarkus' configuration problem report lists). */
    public static Set<String> properties(List<Requirement> missing) {
        Set<String> properties = new LinkedHashSet<>();
        missing.forEach(r -> r.anyOf().forEach(s -> properties.add(s.property())));
        return properties;
    }

    /**
     * Runs the check when Quarkus builds a packaged application's run-time configuration, the first thing it does on
     * start, before any extension starts (Hibernate ORM would otherwise fail first on a missing database URL, naming
     * nothing else) and before a config mapping's own "required" report. Not while the build reads its own
     * configuration, and not at static init, when no run-time setting is there yet. It adds no configuration. Each
     * side registers its subclass in META-INF/services/io.smallrye.config.ConfigSourceFactory.
     */
    public abstract static class AtConfigurationStart implements ConfigSourceFactory {

        /** What a packaged start needs, read from the configuration being built (e.g. the route table's services). */
        protected abstract List<Requirement> requirements(ConfigSourceContext context);

        @Override
        public final Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
            if (ExecutionMode.current() == ExecutionMode.RUNTIME_INIT && LaunchMode.current() == LaunchMode.NORMAL) {
                verify(context::getValue, requirements(context), context.getProfiles());
            }
            return List.of();
        }
    }
}
