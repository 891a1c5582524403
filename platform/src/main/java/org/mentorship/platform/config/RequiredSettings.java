package org.mentorship.platform.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * The settings a service cannot do without, each with the environment variable ops set it by. Production has no
 * default for any of them on purpose: a default would be the local run's (localhost, sample logins), and a pod that
 * lacks a variable would then quietly talk to its own loopback interface.
 */
public final class RequiredSettings {

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
}
