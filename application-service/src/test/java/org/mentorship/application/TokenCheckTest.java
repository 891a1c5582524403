package org.mentorship.application;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.security.RememberedTokens;

/** Quarkus' JWT mechanism asks the JWTParser bean: the platform's, which remembers the tokens that passed. */
@QuarkusTest
class TokenCheckTest {

    @Inject
    JWTParser parser;

    @Test
    void theTokenCheckIsThePlatformsRememberingOne() {
        assertInstanceOf(RememberedTokens.class, ClientProxy.unwrap(parser));
    }
}
