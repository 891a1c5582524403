package org.mentorship.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start without a token verification key, issuer or audience: a service that cannot check tokens
 * must not serve, and one that does not check the issuer and audience takes any token of any client of the
 * identity provider.
 * Production has no default key; ops set MP_JWT_VERIFY_PUBLICKEY_LOCATION (a PEM or a JWKS URL) or
 * MP_JWT_VERIFY_PUBLICKEY, MP_JWT_VERIFY_ISSUER and MP_JWT_VERIFY_AUDIENCES.
 */
@ApplicationScoped
public class JwtKeyCheck {

    void check(@Observes StartupEvent startup, Config config) {
        Optional<String> location = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class);
        Optional<String> key = config.getOptionalValue("mp.jwt.verify.publickey", String.class);
        if (location.filter(s -> !s.isBlank()).isEmpty() && key.filter(s -> !s.isBlank()).isEmpty()) {
            throw new IllegalStateException("No token verification key is configured (" + LaunchMode.current()
                    + " profile). Set MP_JWT_VERIFY_PUBLICKEY_LOCATION to the identity provider's JWKS URL or a PEM "
                    + "public key file (or MP_JWT_VERIFY_PUBLICKEY to the key itself), and MP_JWT_VERIFY_ISSUER.");
        }
        require(config, "mp.jwt.verify.issuer", "MP_JWT_VERIFY_ISSUER", "the issuer (iss) of the tokens to accept");
        require(config, "mp.jwt.verify.audiences", "MP_JWT_VERIFY_AUDIENCES",
                "the audience (aud) the tokens must name: this API's client id at the identity provider");
    }

    private static void require(Config config, String property, String variable, String what) {
        if (config.getOptionalValue(property, String.class).filter(s -> !s.isBlank()).isEmpty()) {
            throw new IllegalStateException(property + " is not configured (" + LaunchMode.current() + " profile). Set "
                    + variable + " to " + what + ".");
        }
    }
}
