package org.mentorship.launcher;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every port the local system uses. The defaults are the documented ones; the environment can move any of them
 * (or all by an offset), and tests take a free block with {@link #findFree()} so they never collide with a
 * developer's running system.
 */
public record Ports(
        int postgres,
        int kafka,
        int kafkaController,
        int application,
        int evaluation,
        int stipend,
        int certificate,
        int gateway,
        int smtp,
        int mailApi,
        int webhook) {

    /** How many consecutive ports {@link #fromBase(int)} uses. */
    public static final int BLOCK_SIZE = 11;

    /** The key of the mail server's HTTP API (where received mail is read) in {@link #asMap()}. */
    static final String MAIL_API = "mail-api";

    /** The environment variable naming each component's port, for the CLI. */
    static final Map<String, String> ENVIRONMENT = Map.ofEntries(
            Map.entry(Components.POSTGRES, "MENTORSHIP_PG_PORT"),
            Map.entry(Components.KAFKA, "MENTORSHIP_KAFKA_PORT"),
            Map.entry("kafka-controller", "MENTORSHIP_KAFKA_CONTROLLER_PORT"),
            Map.entry(Components.APPLICATION, "MENTORSHIP_APPLICATION_PORT"),
            Map.entry(Components.EVALUATION, "MENTORSHIP_EVALUATION_PORT"),
            Map.entry(Components.STIPEND, "MENTORSHIP_STIPEND_PORT"),
            Map.entry(Components.CERTIFICATE, "MENTORSHIP_CERTIFICATE_PORT"),
            Map.entry(Components.WEBHOOK, "MENTORSHIP_WEBHOOK_PORT"),
            Map.entry(Components.GATEWAY, "MENTORSHIP_GATEWAY_PORT"),
            Map.entry(Components.SMTP, "MENTORSHIP_SMTP_PORT"),
            Map.entry(MAIL_API, "MENTORSHIP_MAIL_UI_PORT"));

    /** 3025 and 8025: GreenMail's customary SMTP port (25 + 3000) and the usual port of a local mail catcher's UI. */
    public static Ports defaults() {
        return new Ports(15432, 19092, 19093, 8081, 8082, 8083, 8084, 8080, 3025, 8025, 8085);
    }

    /**
     * A block of consecutive ports: gateway at {@code base}, then the four services, postgres, kafka, controller,
     * smtp, mail API, then webhook-service (added last, so the others kept their places).
     */
    public static Ports fromBase(int base) {
        if (base < 1024 || base + BLOCK_SIZE > 65535) {
            throw new IllegalArgumentException(
                    "Port base " + base + " must leave room for " + BLOCK_SIZE + " ports in 1024-65535");
        }
        return new Ports(
                base + 5, base + 6, base + 7, base + 1, base + 2, base + 3, base + 4, base, base + 8, base + 9,
                base + 10);
    }

    /** Finds a block of {@link #BLOCK_SIZE} free ports (outside the ephemeral range Linux hands out from 32768). */
    public static Ports findFree() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20000, 32000);
            boolean free = true;
            for (int port = base; port < base + BLOCK_SIZE && free; port++) {
                free = Net.isFree(port);
            }
            if (free) {
                return fromBase(base);
            }
        }
        throw new IllegalStateException("No block of " + BLOCK_SIZE + " free ports found");
    }

    /**
     * The defaults moved by {@code MENTORSHIP_PORT_OFFSET}, then any single port set by its own variable
     * ({@code MENTORSHIP_PG_PORT}, {@code MENTORSHIP_KAFKA_PORT}, ...). The Kafka controller follows the broker
     * port (+1) unless set itself.
     */
    public static Ports fromEnvironment(Map<String, String> env) {
        Ports defaults = defaults().withOffset(intValue(env, "MENTORSHIP_PORT_OFFSET", 0));
        Map<String, Integer> ports = new LinkedHashMap<>(defaults.asMap());
        ENVIRONMENT.forEach((component, variable) -> {
            if (env.containsKey(variable)) {
                ports.put(component, intValue(env, variable, 0));
            }
        });
        if (env.containsKey("MENTORSHIP_KAFKA_PORT") && !env.containsKey("MENTORSHIP_KAFKA_CONTROLLER_PORT")) {
            ports.put("kafka-controller", ports.get(Components.KAFKA) + 1);
        }
        return new Ports(
                ports.get(Components.POSTGRES),
                ports.get(Components.KAFKA),
                ports.get("kafka-controller"),
                ports.get(Components.APPLICATION),
                ports.get(Components.EVALUATION),
                ports.get(Components.STIPEND),
                ports.get(Components.CERTIFICATE),
                ports.get(Components.GATEWAY),
                ports.get(Components.SMTP),
                ports.get(MAIL_API),
                ports.get(Components.WEBHOOK));
    }

    public Ports withOffset(int offset) {
        return new Ports(
                postgres + offset,
                kafka + offset,
                kafkaController + offset,
                application + offset,
                evaluation + offset,
                stipend + offset,
                certificate + offset,
                gateway + offset,
                smtp + offset,
                mailApi + offset,
                webhook + offset);
    }

    /** The main port of a component (the one status shows and health checks use). */
    public int of(String component) {
        Integer port = asMap().get(Components.canonical(component));
        if (port == null) {
            throw new IllegalArgumentException("No port for " + component);
        }
        return port;
    }

    Map<String, Integer> asMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put(Components.POSTGRES, postgres);
        map.put(Components.KAFKA, kafka);
        map.put("kafka-controller", kafkaController);
        map.put(Components.APPLICATION, application);
        map.put(Components.EVALUATION, evaluation);
        map.put(Components.STIPEND, stipend);
        map.put(Components.CERTIFICATE, certificate);
        map.put(Components.WEBHOOK, webhook);
        map.put(Components.GATEWAY, gateway);
        map.put(Components.SMTP, smtp);
        map.put(MAIL_API, mailApi);
        return map;
    }

    private static int intValue(Map<String, String> env, String variable, int fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new LaunchException(variable + "=" + value + " is not a port number");
        }
    }
}
