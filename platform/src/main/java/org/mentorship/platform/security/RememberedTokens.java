package org.mentorship.platform.security;

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
import java.util.Optional;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The token check Quarkus runs on every request (its JWT mechanism asks the {@link JWTParser} bean), remembering the
 * tokens it passed by the rule the gateway keeps too ({@link VerifiedTokens}: believed until its expiry or for
 * {@link #KEEP_FOR} at most, in a bounded table, a refused token never kept). Everything else is SmallRye JWT's own
 * check ({@link DefaultJWTParser}, with its issuer, audience and required claims).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RememberedTokens implements JWTParser {

    static final Duration KEEP_FOR = VerifiedTokens.KEEP_FOR;
    static final int MAX_TOKENS = VerifiedTokens.MAX_TOKENS;

    private final JWTParser check;
    private final VerifiedTokens<JsonWebToken> passed;

    @Inject
    RememberedTokens(DefaultJWTParser check) {
        this(check, Clock.systemUTC());
    }

    RememberedTokens(JWTParser check, Clock clock) {
        this.check = check;
        this.passed = new VerifiedTokens<>(MAX_TOKENS, KEEP_FOR, clock);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Optional<JsonWebToken> known = passed.known(token);
        if (known.isPresent()) {
            return known.get();
        }
        JsonWebToken jwt = check.parse(token);
        passed.keep(token, jwt, Instant.ofEpochSecond(jwt.getExpirationTime()));
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
