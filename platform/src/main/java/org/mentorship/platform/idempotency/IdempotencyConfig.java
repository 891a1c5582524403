package org.mentorship.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long an Idempotency-Key is remembered, and how often forgotten ones are deleted. */
@ConfigMapping(prefix = "mentorship.idempotency")
public interface IdempotencyConfig {

    /** A repeat within this time replays the first answer; after it the key is new again. */
    @WithDefault("24h")
    Duration ttl();

    /** How often one replica deletes expired keys (IdempotencyCleanup reads it as a scheduler expression). */
    @WithDefault("1h")
    Duration cleanupEvery();
}
