package org.mentorship.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tokens this gateway verified lately, with the caller each names: a client sends the same token with every request
 * for as long as it lives, and its RSA signature check was about 30% of the gateway's CPU on a read (JFR), run off
 * the event loop, so every request also paid two thread hand-overs. A token is kept until it expires or for
 * {@code keepFor} at most, in a bounded table (a flood of distinct tokens evicts, it never grows); only tokens that
 * passed every check are kept, so a refused token is checked, and refused, every time. The services check every
 * token again themselves: a key rotated away stays believed here for {@code keepFor} at most, and is refused there.
 * By hand over Caffeine, since SmallRye JWT keeps no such cache.
 */
final class VerifiedTokens {

    private record Verified(Caller caller, Instant expiresAt) {}

    private final Cache<String, Verified> verified;
    private final Duration keepFor;
    private final Clock clock;

    VerifiedTokens(int maxTokens, Duration keepFor, Clock clock) {
        this.keepFor = keepFor;
        this.clock = clock;
        // Upkeep (eviction) on the calling thread: a few operations, and the bound holds at once.
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxTokens)
                .expireAfterWrite(keepFor)
                .executor(Runnable::run)
                .build();
    }

    /** The caller of a token verified before that has not expired since. */
    Optional<Caller> caller(String token) {
        Verified entry = verified.getIfPresent(token);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            verified.invalidate(token);
            return Optional.empty();
        }
        return Optional.of(entry.caller());
    }

    /** Keeps a token that passed every check, until its expiry ({@code exp}) or {@code keepFor}, whichever is first. */
    void keep(String token, Caller caller, Instant expires) {
        Instant latest = clock.instant().plus(keepFor);
        verified.put(token, new Verified(caller, expires.isBefore(latest) ? expires : latest));
    }
}
