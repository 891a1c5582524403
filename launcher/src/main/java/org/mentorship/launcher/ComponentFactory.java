package org.mentorship.launcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the selected components with their wiring: which database and Kafka each service gets, which URLs the
 * gateway routes to. This is the one place that knows how the services are configured (through Quarkus's
 * environment-variable names).
 */
final class ComponentFactory {

    private final Layout layout;
    private final Ports ports;
    private final List<String> javaOptions;
    private final List<String> kafkaJavaOptions;
    private final List<String> smtpJavaOptions;

    ComponentFactory(
            Layout layout,
            Ports ports,
            List<String> javaOptions,
            List<String> kafkaJavaOptions,
            List<String> smtpJavaOptions) {
        this.layout = layout;
        this.ports = ports;
        this.javaOptions = List.copyOf(javaOptions);
        this.kafkaJavaOptions = List.copyOf(kafkaJavaOptions);
        this.smtpJavaOptions = List.copyOf(smtpJavaOptions);
    }

    /** The selected components in start order, whatever order they were named in. */
    List<Component> create(Collection<String> selected) {
        List<Component> components = new ArrayList<>();
        for (String name : Components.ALL) {
            if (selected.contains(name)) {
                components.add(create(name));
            }
        }
        return components;
    }

    private Component create(String name) {
        return switch (name) {
            case Components.POSTGRES ->
                new PostgresServer(
                        layout,
                        ports.postgres(),
                        LocalSystem.DATABASE_USER,
                        LocalSystem.DATABASE_PASSWORD,
                        List.copyOf(LocalSystem.DATABASES.values()));
            case Components.KAFKA ->
                new KafkaBroker(
                        layout,
                        ports.kafka(),
                        ports.kafkaController(),
                        kafkaJavaOptions,
                        LocalSystem.TOPICS,
                        LocalSystem.TOPIC_PARTITIONS);
            case Components.SMTP -> new SmtpServer(layout, ports.smtp(), ports.mailApi(), smtpJavaOptions);
            case Components.GATEWAY ->
                new QuarkusService(layout, name, ports.gateway(), javaOptions, this::gatewayEnvironment);
            default -> new QuarkusService(layout, name, ports.of(name), javaOptions, () -> serviceEnvironment(name));
        };
    }

    private Map<String, String> serviceEnvironment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(
                "QUARKUS_DATASOURCE_JDBC_URL",
                PostgresSetup.jdbcUrl(ports.postgres(), LocalSystem.DATABASES.get(service)));
        env.put("QUARKUS_DATASOURCE_USERNAME", LocalSystem.DATABASE_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", LocalSystem.DATABASE_PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + ports.kafka());
        env.putAll(tokenEnvironment());
        env.putAll(publicUrlEnvironment());
        env.putAll(mailEnvironment());
        // The local run is for trying the program out: weeks must pass on request (./mentorship clock advance).
        env.put("MENTORSHIP_CLOCK_CONTROL_ENABLED", "true");
        if (Components.CERTIFICATE.equals(service)) {
            // Letters are signed (it refuses to start without a key outside dev and test) and name the gateway
            // where anyone verifies them.
            env.put(LocalSigningKey.ENVIRONMENT_VARIABLE, new LocalSigningKey(layout).base64Pkcs8());
            env.put(
                    "MENTORSHIP_CERTIFICATE_VERIFY_BASE_URL",
                    "http://localhost:" + ports.gateway() + "/api/v1/certificates/verify/");
        }
        if (Components.WEBHOOK.equals(service)) {
            // A partner's receiver in the local run is on this machine: allow private http targets (never in
            // production, where they would let a partner reach into the cluster).
            env.put("MENTORSHIP_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
        }
        if (Components.APPLICATION.equals(service)) {
            // Moving the clock past a review period should close it within seconds, not a minute, on this machine.
            env.put("MENTORSHIP_APPLICATION_REVIEW_CLOSE_EVERY", "5s");
        }
        if (Components.STIPEND.equals(service)) {
            // Payee details are stored encrypted; payout callbacks are signed with a shared secret.
            env.put("MENTORSHIP_STIPEND_PAYEE_KEY", new LocalSecret(layout, "stipend-payee-key.b64", 32).base64());
            env.put(
                    "MENTORSHIP_STIPEND_PAYOUT_CALLBACK_SECRET",
                    new LocalSecret(layout, "stipend-payout-callback-secret.b64", 32).base64());
            // The program's debtor account has no default either (payouts name it).
            env.put(LocalIban.ENVIRONMENT_VARIABLE, new LocalIban(layout).iban());
        }
        return env;
    }

    /** Quarkus Mailer really sends, to the local SMTP server (plain SMTP on loopback: no TLS to negotiate). */
    private Map<String, String> mailEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_MAILER_HOST", "localhost");
        env.put("QUARKUS_MAILER_PORT", Integer.toString(ports.smtp()));
        env.put("QUARKUS_MAILER_MOCK", "false");
        env.put("QUARKUS_MAILER_FROM", LocalSystem.MAIL_FROM);
        env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        return env;
    }

    /** Services trust the local run's own token key (see {@link LocalTokens}). */
    private Map<String, String> tokenEnvironment() {
        return Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                        new LocalTokens(layout).publicKeyFile().toString(),
                "MP_JWT_VERIFY_ISSUER", LocalTokens.ISSUER,
                "MP_JWT_VERIFY_AUDIENCES", LocalTokens.AUDIENCE);
    }

    /**
     * The events' ce_dataschema URLs (services) and the AsyncAPI document (gateway) name the gateway as this run
     * reaches it, on whatever port it was given, unless the caller's own MENTORSHIP_PUBLIC_URL says otherwise (a
     * tunnel or proxy in front of this machine).
     */
    private Map<String, String> publicUrlEnvironment() {
        String given = System.getenv("MENTORSHIP_PUBLIC_URL");
        return Map.of(
                "MENTORSHIP_PUBLIC_URL",
                given != null && !given.isBlank() ? given : "http://localhost:" + ports.gateway());
    }

    /** MENTORSHIP_GATEWAY_SERVICES_APPLICATION_URL etc.: mentorship.gateway.services.<name>.url in the gateway. */
    private Map<String, String> gatewayEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.putAll(tokenEnvironment());
        env.putAll(publicUrlEnvironment());
        env.put("MENTORSHIP_ASYNCAPI_KAFKA_SERVERS", "localhost:" + ports.kafka());
        env.put("MENTORSHIP_ASYNCAPI_KAFKA_DESCRIPTION", "The local run's broker (./mentorship up)");
        for (String service : LocalSystem.DATABASES.keySet()) {
            String shortName = service.replace("-service", "").toUpperCase(Locale.ROOT);
            env.put("MENTORSHIP_GATEWAY_SERVICES_" + shortName + "_URL", "http://localhost:" + ports.of(service));
        }
        return env;
    }
}
