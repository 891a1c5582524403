package org.mentorship.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorship.testsupport.security.BadTokens;
import org.mentorship.testsupport.security.Endpoint;
import org.mentorship.testsupport.security.EndpointChecks;

/**
 * Every endpoint of the service, read from its own OpenAPI document (so a new one is covered without anyone
 * listing it): no token, an expired one, an unsigned one (alg=none), one from another issuer, one for another or
 * no audience, one without a subject and one signed by another key all get 401; a mentee calling an endpoint of
 * other roles gets 403, and so does an org-admin. A service's test extends this
 * with {@code @QuarkusTest}. The same checks run through the gateway in system-tests.
 */
public abstract class EveryEndpointSecurityTest {

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = Endpoint.fromOpenApi(
                given().queryParam("format", "json").get("/q/openapi").asString());
        assertThat(endpoints.stream().filter(Endpoint::secured))
                .as("protected endpoints found")
                .hasSizeGreaterThan(5);
        return endpoints;
    }

    @Test
    void everyProtectedEndpointRefusesEveryBadTokenWith401() {
        var badTokens = BadTokens.of(Tokens.signingKey(), Tokens.ISSUER, Tokens.AUDIENCE);
        assertThat(EndpointChecks.badTokensRefused(null, endpoints(), badTokens))
                .isEmpty();
    }

    @Test
    void aMenteeCallingAnEndpointOfOtherRolesGets403() {
        List<Endpoint> endpoints = endpoints();
        assertThat(EndpointChecks.refusing(endpoints, "mentee"))
                .as("endpoints closed to mentees")
                .isPositive();
        assertThat(EndpointChecks.roleRefused(null, endpoints, "mentee", Tokens.mentee("eve")))
                .isEmpty();
    }

    /** An org-admin is no coordinator: whatever is not opened to her role refuses her, whatever organisations she runs. */
    @Test
    void anOrgAdminCallingAnEndpointOfOtherRolesGets403() {
        List<Endpoint> endpoints = endpoints();
        assertThat(EndpointChecks.roleRefused(null, endpoints, "org-admin", Tokens.orgAdmin("olga", "CNSF")))
                .isEmpty();
    }
}
