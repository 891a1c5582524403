package org.mentorship.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay runs. */
@ConfigMapping(prefix = "mentorship.outbox")
public interface OutboxConfig {

    /** Off in tests that drive a relay by hand; on everywhere else. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows published per round trip to Kafka. */
    @WithDefault("200")
    int batchSize();

    /** Fallback wake-up when no NOTIFY arrives (a committed row is normally picked up at once). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How often a replica that is not the relay tries to become it. */
    @WithDefault("2s")
    Duration leaderRetry();

    /** Published rows are kept this long for inspection, then deleted. */
    @WithDefault("P7D")
    Duration retention();

    /** The longest pause between two attempts after a failure (the pause doubles from leaderRetry up to this). */
    @WithDefault("30s")
    Duration maxBackoff();

    /** The relay's database session: connect, login and read timeout on the client side. */
    @WithDefault("30s")
    Duration socketTimeout();

    /**
     * The server ends a relay session that sent nothing for this long, which frees the leader lock held by a frozen
     * or cut-off replica. Above the longest legitimate silence: a Kafka send (delivery timeout 30 s) or maxBackoff.
     */
    @WithDefault("60s")
    Duration sessionIdleTimeout();

    /** Readiness goes DOWN when the oldest row the relay could send has waited longer than this. */
    @WithDefault("5m")
    Duration lagLimit();
}
