package org.mentorship.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The token check Quarkus runs on every request (its JWT mechanism asks the {@link JWTParser} bean), remembering the
 * tokens it passed: a client sends the same token with every request for as long as it lives, and checking its RSA
 * signature was 7% of application-service's CPU in the apply spike (JFR). A token is believed again until its expiry
 * or for {@link #KEEP_FOR} at most (a key rotated away is believed that long at most), in a bounded table (a flood of
 * distinct tokens evicts, it never grows); a refused token is never kept, so it is checked, and refused, every time.
 * Everything else is SmallRye JWT's own check ({@link DefaultJWTParser}, with its issuer, audience and required
 * claims). By hand over Caffeine: SmallRye JWT keeps no such cache.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RememberedTokens implements JWTParser {

    static final Duration KEEP_FOR = Duration.ofSeconds(60);
    static final int MAX_TOKENS = 10_000;

    private record Passed(JsonWebToken jwt, Instant believedUntil) {}

    private final JWTParser check;
    private final Clock clock;
    // Upkeep (eviction) on the calling thread: a few operations, and the bound holds at once.
    private final Cache<String, Passed> passed = Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .executor(Runnable::run)
            .build();

    @Inject
    RememberedTokens(DefaultJWTParser check) {
        this(check, Clock.systemUTC());
    }

    RememberedTokens(JWTParser check, Clock clock) {
        this.check = check;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Passed known = passed.getIfPresent(token);
        Instant now = clock.instant();
        if (known != null && now.isBefore(known.believedUntil())) {
            return known.jwt();
        }
        JsonWebToken jwt = check.parse(token);
        Instant expires = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant latest = now.plus(KEEP_FOR);
        passed.put(token, new Passed(jwt, expires.isBefore(latest) ? expires : latest));
        return jwt;
    }

    // Checks against other keys or settings than the configured ones are not remembered.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return check.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return check.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return check.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return check.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return check.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return check.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return check.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return check.parseOnly(token);
    }
}
