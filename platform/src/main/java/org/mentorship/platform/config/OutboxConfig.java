package org.mentorship.platform.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
