package org.mentorship.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * The organisations the caller administers: the token's {@code organizations} claim, read only for an
     * {@code org-admin} (a claim on any other token grants nothing). Empty when there is none.
     */
    public Set<String> organizations() {
        if (token == null || !is(Roles.ORG_ADMIN)) {
            return Set.of();
        }
        Object claim = token.getClaim(Roles.ORGANIZATIONS_CLAIM);
        if (claim instanceof JsonArray array) {
            return array.stream()
                    .filter(JsonString.class::isInstance)
                    .map(v -> ((JsonString) v).getString())
                    .collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return claim instanceof JsonString one ? Set.of(one.getString()) : Set.of();
    }

    /** Whether the caller is an {@code org-admin} of {@code organization}. */
    public boolean administers(String organization) {
        return organization != null && organizations().contains(organization);
    }

    /** Whether the caller sees the whole program (a coordinator), not only some organisations. */
    public boolean seesEveryOrganization() {
        return is(Roles.COORDINATOR);
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
