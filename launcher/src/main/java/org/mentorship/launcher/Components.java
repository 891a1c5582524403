package org.mentorship.launcher;

import java.util.List;

/** The names of the components, in start order; {@code down} goes through them backwards. */
public final class Components {

    public static final String POSTGRES = "postgres";
    public static final String KAFKA = "kafka";
    public static final String SMTP = "smtp";
    public static final String APPLICATION = "application-service";
    public static final String EVALUATION = "evaluation-service";
    public static final String STIPEND = "stipend-service";
    public static final String CERTIFICATE = "certificate-service";
    public static final String WEBHOOK = "webhook-service";
    public static final String GATEWAY = "gateway";

    public static final List<String> ALL =
            List.of(POSTGRES, KAFKA, SMTP, APPLICATION, EVALUATION, STIPEND, CERTIFICATE, WEBHOOK, GATEWAY);
    public static final List<String> INFRASTRUCTURE = List.of(POSTGRES, KAFKA, SMTP);
    /** Every HTTP application: the program's services and the gateway. */
    public static final List<String> SERVICES =
            List.of(APPLICATION, EVALUATION, STIPEND, CERTIFICATE, WEBHOOK, GATEWAY);
    /**
     * The program's own services (not the gateway): each has its database, its dead letters and a program clock, and
     * gets the mail settings (webhook-service sends none).
     * A new service is added here and to {@link LocalSystem#DATABASES}.
     */
    public static final List<String> PROGRAM_SERVICES = List.of(APPLICATION, EVALUATION, STIPEND, CERTIFICATE, WEBHOOK);

    private Components() {}

    /** Accepts a service's short name too ("application" for "application-service"), as the tests call them. */
    public static String canonical(String name) {
        if (ALL.contains(name)) {
            return name;
        }
        if (ALL.contains(name + "-service")) {
            return name + "-service";
        }
        throw new IllegalArgumentException("Unknown component '" + name + "'; known: " + String.join(", ", ALL));
    }
}
