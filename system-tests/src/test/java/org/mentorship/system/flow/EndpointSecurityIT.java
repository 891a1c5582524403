package org.mentorship.system.flow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mentorship.launcher.LocalTokens;
import org.mentorship.testsupport.security.BadTokens;
import org.mentorship.testsupport.security.Endpoint;
import org.mentorship.testsupport.security.EndpointChecks;

/**
 * Every endpoint of every service, read from the gateway's merged OpenAPI document and from each service's own,
 * against the system as separate processes: the bad tokens (none, expired, alg=none, another issuer, another key)
 * get 401 through the gateway and directly at each service; a mentee's valid token on an endpoint of other roles
 * gets 403 both ways. The keys are the local run's own (made at its start).
 * <p>
 * On the {@link SharedSystem} (started with the gateway's failed-authentication limit out of this sweep's way): it
 * only reads, and every request it sends is refused.
 */
@Order(2)
class EndpointSecurityIT {

    private static final List<String> SERVICES = List.of("application", "evaluation", "stipend", "certificate");

    private static RunningSystem running;
    private static Map<String, String> badTokens;

    @BeforeAll
    static void start() throws Exception {
        running = SharedSystem.acquire();
        String pem = Files.readString(running.system.home().resolve("keys/jwt-private.pem"));
        PrivateKey key = KeyUtils.decodePrivateKey(pem);
        badTokens = BadTokens.of(key, LocalTokens.ISSUER, LocalTokens.AUDIENCE);
    }

    @Test
    void throughTheGatewayEveryProtectedEndpointRefusesBadTokensAndAMenteeOutsideItsRole() {
        String gateway = running.system.gatewayUrl();
        List<Endpoint> endpoints = Endpoint.fromOpenApi(given().get(gateway + "/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(endpoints.stream().filter(Endpoint::secured)).hasSizeGreaterThan(80);
        assertThat(EndpointChecks.badTokensRefused(gateway, endpoints, badTokens))
                .isEmpty();
        assertThat(EndpointChecks.roleRefused(gateway, endpoints, "mentee", running.system.token("eve", "mentee")))
                .isEmpty();
    }

    @Test
    void directlyEveryServiceRefusesTheSame() {
        List<String> failures = new ArrayList<>();
        int secured = 0;
        for (String service : SERVICES) {
            String url = running.system.serviceUrl(service);
            List<Endpoint> endpoints = Endpoint.fromOpenApi(given().queryParam("format", "json")
                    .get(url + "/q/openapi")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            secured += (int) endpoints.stream().filter(Endpoint::secured).count();
            failures.addAll(EndpointChecks.badTokensRefused(url, endpoints, badTokens));
            failures.addAll(
                    EndpointChecks.roleRefused(url, endpoints, "mentee", running.system.token("eve", "mentee")));
        }
        assertThat(secured).isGreaterThan(80);
        System.out.printf("Checked %d protected endpoints directly%n", secured);
        assertThat(failures).isEmpty();
    }
}
