package org.mentorship.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;

/** An org-admin is let in to what her organisations own, and is told nothing else exists. */
class OrgAdminAccessTest {

    @Test
    void theOrganizationsClaimNamesWhatAnOrgAdminRuns() {
        Caller olga = caller("olga", List.of("CNSF", "Apache"), Roles.ORG_ADMIN);
        assertThat(olga.organizations()).containsExactlyInAnyOrder("CNSF", "Apache");
        assertThat(olga.administers("CNSF")).isTrue();
        assertThat(olga.administers("Eclipse")).isFalse();
        assertThat(olga.administers(null)).isFalse();
    }

    @Test
    void theClaimGrantsNothingWithoutTheOrgAdminRole() {
        Caller mentor = caller("max", List.of("CNSF"), Roles.MENTOR);
        assertThat(mentor.organizations()).isEmpty();
        assertThat(ObjectAccess.to(mentor, "Project", 7).orgAdmin("CNSF").allowed())
                .isFalse();
    }

    @Test
    void anOrgAdminIsLetInToHerOrganizationsObjects() {
        Caller olga = caller("olga", List.of("CNSF"), Roles.ORG_ADMIN);
        assertThat(ObjectAccess.to(olga, "Application", 7).orgAdmin("CNSF").allowed())
                .isTrue();
    }

    @Test
    void anotherOrganizationsObjectDoesNotExistForHer() {
        Caller olga = caller("olga", List.of("CNSF"), Roles.ORG_ADMIN);
        assertThatThrownBy(() -> ObjectAccess.to(olga, "Application", 7)
                        .role(Roles.COORDINATOR)
                        .orgAdmin(() -> "Eclipse")
                        .require())
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.status()).isEqualTo(404));
    }

    @Test
    void anOrgAdminWithoutTheClaimRunsNothing() {
        Caller olga = caller("olga", null, Roles.ORG_ADMIN);
        assertThat(olga.organizations()).isEmpty();
        assertThat(olga.seesEveryOrganization()).isFalse();
    }

    private static Caller caller(String userId, List<String> organizations, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(userId);
        if (organizations != null) {
            claims.setStringListClaim(Roles.ORGANIZATIONS_CLAIM, organizations);
        }
        QuarkusSecurityIdentity.Builder identity =
                QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(userId));
        for (String role : roles) {
            identity.addRole(role);
        }
        return new Caller(identity.build(), new DefaultJWTCallerPrincipal(claims));
    }
}
