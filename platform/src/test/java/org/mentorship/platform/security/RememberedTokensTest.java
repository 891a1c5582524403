package org.mentorship.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.mentorship.testsupport.MovableClock;

class RememberedTokensTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final CountingCheck check = new CountingCheck();
    private final RememberedTokens tokens = new RememberedTokens(check, clock);

    @Test
    void aTokenThatPassedIsNotCheckedAgain() throws Exception {
        check.expiresAt("a", clock.instant().plusSeconds(3600));
        JsonWebToken first = tokens.parse("a");
        assertSame(first, tokens.parse("a"));
        assertEquals(1, check.calls("a"));
    }

    @Test
    void aRefusedTokenIsCheckedAndRefusedEveryTime() {
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertEquals(2, check.calls("forged"));
    }

    @Test
    void aTokenIsCheckedAgainOnceItHasExpired() throws Exception {
        check.expiresAt("a", clock.instant().plusSeconds(30));
        tokens.parse("a");
        clock.advance(Duration.ofSeconds(30));
        tokens.parse("a");
        assertEquals(2, check.calls("a"));
    }

    @Test
    void aLongLivedTokenIsCheckedAgainAfterAMinute() throws Exception {
        check.expiresAt("a", clock.instant().plusSeconds(3600));
        tokens.parse("a");
        clock.advance(RememberedTokens.KEEP_FOR.minusSeconds(1));
        tokens.parse("a");
        assertEquals(1, check.calls("a"));
        clock.advance(Duration.ofSeconds(1));
        tokens.parse("a");
        assertEquals(2, check.calls("a"));
    }

    @Test
    void aFloodOfTokensStaysWithinTheBound() throws Exception {
        int flood = RememberedTokens.MAX_TOKENS + 500;
        for (int i = 0; i < flood; i++) {
            check.expiresAt("t" + i, clock.instant().plusSeconds(3600));
            tokens.parse("t" + i);
        }
        for (int i = 0; i < flood; i++) {
            tokens.parse("t" + i);
        }
        int checkedAgain = 0;
        for (int i = 0; i < flood; i++) {
            checkedAgain += check.calls("t" + i) - 1;
        }
        // Had the table kept all of them, none would have been checked twice.
        org.junit.jupiter.api.Assertions.assertTrue(checkedAgain >= 500, "checked again: " + checkedAgain);
    }

    /** SmallRye's check, as far as this class sees it: a token passes (with its exp) or is refused. */
    private static final class CountingCheck implements JWTParser {
        private final Map<String, Instant> valid = new HashMap<>();
        private final Map<String, Integer> calls = new HashMap<>();

        void expiresAt(String token, Instant exp) {
            valid.put(token, exp);
        }

        int calls(String token) {
            return calls.getOrDefault(token, 0);
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.merge(token, 1, Integer::sum);
            Instant exp = valid.get(token);
            if (exp == null) {
                throw new ParseException("refused");
            }
            return new Token(token, exp);
        }

        @Override
        public JsonWebToken parse(String token, JWTAuthContextInfo context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, PublicKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, PrivateKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken parseOnly(String token) {
            throw new UnsupportedOperationException();
        }
    }

    private record Token(String subject, Instant exp) implements JsonWebToken {
        @Override
        public String getName() {
            return subject;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("sub", "exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return (T)
                    switch (claim) {
                        case "sub" -> subject;
                        case "exp" -> Long.valueOf(exp.getEpochSecond());
                        default -> null;
                    };
        }
    }
}
