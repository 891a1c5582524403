package org.mentorship.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Bearer tokens verified lately, each with what its check gave (the gateway's caller, a service's parsed token): a
 * client sends the same token with every request for as long as it lives, and the RSA signature check was about 30%
 * of the gateway's CPU on a read and 7% of application-service's in the apply spike (JFR). A token is believed
 * again until its expiry ({@code exp}) or for {@code keepFor} at most, so a key rotated away is believed that long
 * at most; the table is bounded (a flood of distinct tokens evicts, it never grows); only tokens that passed every
 * check are kept, so a refused token is checked, and refused, every time. By hand over Caffeine, since SmallRye JWT
 * keeps no such cache. The gateway's {@code BearerAuthentication} and platform's {@code RememberedTokens} use it.
 *
 * @param <T> what a verified token stands for
 */
public final class VerifiedTokens<T> {

    /** How long a verified token is believed at most, unless configured otherwise. */
    public static final Duration KEEP_FOR = Duration.ofSeconds(60);
    /** How many verified tokens are kept at most, unless configured otherwise. */
    public static final int MAX_TOKENS = 10_000;

    private record Verified<T>(T value, Instant believedUntil) {}

    private final Cache<String, Verified<T>> verified;
    private final Duration keepFor;
    private final Clock clock;

    public VerifiedTokens(int maxTokens, Duration keepFor, Clock clock) {
        this.keepFor = keepFor;
        this.clock = clock;
        // Upkeep (eviction) on the calling thread: a few operations, and the bound holds at once.
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxTokens)
                .expireAfterWrite(keepFor)
                .executor(Runnable::run)
                .build();
    }

    /** What a token verified before stands for, while it is still believed. */
    public Optional<T> known(String token) {
        Verified<T> entry = verified.getIfPresent(token);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.believedUntil())) {
            verified.invalidate(token);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** Keeps a token that passed every check, until its expiry or {@code keepFor}, whichever is first. */
    public void keep(String token, T value, Instant expires) {
        Instant latest = clock.instant().plus(keepFor);
        verified.put(token, new Verified<>(value, expires.isBefore(latest) ? expires : latest));
    }
}
