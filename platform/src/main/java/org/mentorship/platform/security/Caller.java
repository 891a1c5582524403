package org.mentorship.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the verified token's subject and roles. Services decide object-level access
 * ("is this the mentee's own application?", "does this mentor mentor that project?") with {@link ObjectAccess}.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The user id: the token's {@code sub} (falls back to the principal name for non-JWT identities). */
    public String userId() {
        String subject = token == null ? null : token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean isAny(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** The display name from the token ({@code name}), if the identity provider sends one. */
    public String name() {
        return claim("name");
    }

    public String email() {
        return claim("email");
    }

    /** Whether the caller is the person a record is about (its applicant, mentee or payee). */
    public boolean isSelf(String subjectUserId) {
        return SeparationOfDuties.isSelf(userId(), subjectUserId);
    }

    /** 403 self-dealing when the caller is the record's applicant, mentee or payee: see {@link SeparationOfDuties}. */
    public void requireNotSelf(String subjectUserId, String action) {
        SeparationOfDuties.requireNotSelf(userId(), subjectUserId, action);
    }

    private String claim(String name) {
        if (token == null) {
            return null;
        }
        Object value = token.getClaim(name);
        return value == null ? null : value.toString();
    }
}
