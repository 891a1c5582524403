package org.mentorship.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dead letters as ops see them: {@code mentorship_dead_letters_total{consumer,type,reason}} counts each record a
 * consumer gave up on when it happens (the alerts watch it), {@code mentorship_dead_letters_stored{consumer}} is how many
 * wait in the {@code dead_letter} table, not yet replayed (from the database, so it survives a restart and counts
 * every replica's).
 */
@ApplicationScoped
public class DeadLetterMetrics {

    public static final String COUNTER = "mentorship.dead.letters";
    public static final String STORED = "mentorship.dead.letters.stored";
    private static final Pattern SQL_STATE = Pattern.compile("\\[SQLState (\\w{5})]");

    private final MeterRegistry registry;

    DeadLetterMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void registerStored(@Observes StartupEvent startup, DatabaseGauges gauges) {
        gauges.register(
                "dead letters",
                Map.of(STORED, "Dead letters kept in dead_letter and not yet replayed"),
                (connection, samples) -> DatabaseGauges.eachRow(
                        connection,
                        "select consumer, count(*) from dead_letter where replayed_at is null group by consumer",
                        row -> samples.add(STORED, row.getLong(2), "consumer", row.getString(1))));
    }

    /** One record dead-lettered by {@code consumer}; {@code reason} is the stored reason, tagged by its kind only. */
    public void deadLettered(String consumer, String type, String reason) {
        Counter.builder(COUNTER)
                .description("Records a consumer gave up on (kept in dead_letter and sent to the dead-letter topic)")
                .tag("consumer", consumer)
                .tag("type", type == null ? "unknown" : clip(type))
                .tag("reason", reasonKind(reason))
                .register(registry)
                .increment();
    }

    /**
     * The kind of a reason, few enough to be a tag: {@code sqlstate-23505} when PostgreSQL refused the data, else the
     * simple name of the refusing exception ({@code MalformedEventException}, {@code ProblemException}, ...). The
     * reason itself is free text (it quotes the event) and stays in the table.
     */
    static String reasonKind(String reason) {
        if (reason == null || reason.isBlank()) {
            return "unknown";
        }
        Matcher state = SQL_STATE.matcher(reason);
        if (state.find()) {
            return "sqlstate-" + state.group(1);
        }
        int end = reason.indexOf(':');
        String type = (end < 0 ? reason : reason.substring(0, end)).trim();
        int space = type.indexOf(' ');
        if (space >= 0) {
            type = type.substring(0, space);
        }
        return clip(type.substring(type.lastIndexOf('.') + 1));
    }

    private static String clip(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100);
    }
}
