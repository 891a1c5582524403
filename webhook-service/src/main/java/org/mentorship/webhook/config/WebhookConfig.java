package org.mentorship.webhook.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where partner endpoints may point, how deliveries are retried and when an endpoint is disabled. */
@ConfigMapping(prefix = "mentorship.webhooks")
public interface WebhookConfig {

    /**
     * SSRF protection: false refuses targets that are not https or resolve to loopback, private or link-local
     * addresses. True only in dev mode, the tests and the local run, whose receivers are on this machine.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    Retry retry();

    Worker worker();

    /** Failed attempts in a row (across the endpoint's deliveries) after which the endpoint is disabled. */
    @WithDefault("50")
    int disableAfterFailures();

    interface Retry {
        /** The wait after the first failed attempt; it doubles with each further one, up to {@link #max}. */
        @WithDefault("PT30S")
        Duration initial();

        @WithDefault("PT1H")
        Duration max();

        /** A delivery not delivered this long after its first attempt gives up (and disables its endpoint). */
        @WithDefault("PT24H")
        Duration giveUpAfter();
    }

    interface Worker {
        /** How often due deliveries are sent (a Quarkus scheduler interval, or "off"). */
        @WithDefault("2s")
        String interval();

        /**
         * How long a claimed delivery is this replica's to send: longer than a batch of sends at the request
         * timeout, so a delivery is taken over only from a replica that died or hung.
         */
        @WithDefault("PT5M")
        Duration lease();

        @WithDefault("PT5S")
        Duration connectTimeout();

        /** The whole answer must arrive within this; a slower receiver counts as a failed attempt. */
        @WithDefault("PT10S")
        Duration requestTimeout();
    }
}
