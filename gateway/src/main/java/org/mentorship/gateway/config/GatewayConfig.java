package org.mentorship.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where the gateway sends each part of {@code /api/v1}, and how patient it is with the services behind it.
 * Service names are short (application, evaluation, stipend, certificate) so that the environment variables
 * the launcher and Kubernetes set read naturally: {@code MENTORSHIP_GATEWAY_SERVICES_STIPEND_URL}.
 */
@ConfigMapping(prefix = "mentorship.gateway")
public interface GatewayConfig {

    /** The owning services, by name. */
    Map<String, Service> services();

    Upstream upstream();

    OpenApi openapi();

    Health health();

    Security security();

    RateLimit rateLimit();

    /**
     * The proxies in front of the gateway whose {@code X-Forwarded-For} is believed (addresses or CIDRs, e.g. the
     * ingress controller's pods); none by default, and then the connection's peer is the client. The environment
     * variable is {@code MENTORSHIP_GATEWAY_TRUSTED_PROXIES}.
     */
    Optional<List<String>> trustedProxies();

    Breaker breaker();

    Dashboard dashboard();

    Export export();

    interface Service {

        /** Base URL of the service (scheme, host, port), e.g. {@code http://localhost:8081}. */
        URI url();

        /** Path prefixes it owns, e.g. {@code /api/v1/terms}; a prefix matches whole segments only. */
        List<String> paths();

        /** This service's own patience, when it differs from {@code upstream.timeout} (e.g. PDF exports). */
        Optional<Duration> timeout();

        /** This service's own bound on calls in flight, when it differs from {@code upstream.max-in-flight}. */
        OptionalInt maxInFlight();
    }

    interface Upstream {

        /** Time to get a connection to a service; a service that is down fails far sooner (refused). */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Longest silence from a service before the gateway gives up and answers 504. */
        @WithDefault("30s")
        Duration timeout();

        /** Open connections per service. */
        @WithDefault("100")
        int maxConnections();

        /**
         * Calls in flight per service (proxied and dashboard); past it the gateway answers 503 upstream-overloaded
         * with Retry-After at once instead of queueing. Above max-connections the excess would wait for a connection.
         */
        @WithDefault("100")
        int maxInFlight();
    }

    interface OpenApi {

        /** Per service: a slow service must not hold up the whole document. */
        @WithDefault("2s")
        Duration fetchTimeout();

        /** The merged document is rebuilt at most this often; the services' documents change only on deploy. */
        @WithDefault("30s")
        Duration cacheTtl();

        @WithDefault("Mentorship program API")
        String title();

        /** Public URL of the gateway for the document's {@code servers}; by default the URL it was asked on. */
        Optional<String> serverUrl();
    }

    interface Security {

        /**
         * Requests that need no token, as {@code METHOD /prefix} (the prefix owns whole segments, as in the route
         * table; GET also admits HEAD). Everything else under {@code /api/v1} needs a valid bearer token.
         */
        @WithDefault(
                "GET /api/v1/projects,GET /api/v1/terms,GET /api/v1/certificates/verify,POST /api/v1/payments/callbacks")
        List<String> publicPaths();

        /** Tokens kept once verified (platform-web VerifiedTokens), so a client's next requests skip the signature check. */
        VerifiedTokensSettings verifiedTokens();
    }

    interface VerifiedTokensSettings {

        /** At most this many tokens are kept; beyond, the least used are dropped. */
        @WithDefault("10000")
        int maxTokens();

        /** How long a verified token is believed here at most (never past its exp). */
        @WithDefault("60s")
        Duration keepFor();
    }

    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** Per token subject. */
        @WithDefault("300")
        long authenticatedCapacity();

        /** Per remote address, for requests without a (checked) token. */
        @WithDefault("60")
        long anonymousCapacity();

        /**
         * Per source address: requests with a bad or expired token. Once spent, that address's bearer requests are
         * refused with 429 before their token is even checked, until the bucket refills.
         */
        @WithDefault("20")
        long failedAuthenticationCapacity();

        /** A bucket refills its whole capacity over this period, a little at a time. */
        @WithDefault("1m")
        Duration period();

        /** Buckets kept per limit at most; a flood of distinct clients evicts (Caffeine) rather than grows. */
        @WithDefault("100000")
        long maxClients();
    }

    interface Breaker {

        /**
         * Consecutive failures (unreachable, timed out, or 502/503/504 from the service) that open the circuit. A
         * client hanging up is not a failure.
         */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 by itself before one trial request is let through. */
        @WithDefault("10s")
        Duration openDuration();
    }

    interface Dashboard {

        /** Per service: a slow service leaves its part empty rather than holding up the whole dashboard. */
        @WithDefault("2s")
        Duration timeout();
    }

    interface Export {

        /**
         * Per service, for a person's data export (GET /api/v1/me/export): larger answers than a summary, and an
         * export is whole or not given, so it waits longer than the dashboard.
         */
        @WithDefault("10s")
        Duration timeout();
    }

    interface Health {

        /** How often the informational upstream check looks at the services. */
        @WithDefault("15s")
        Duration probeInterval();

        @WithDefault("1s")
        Duration probeTimeout();
    }
}
