package org.mentorship.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.AllServicesUp;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
@WithTestResource(AllServicesUp.class)
class DashboardFullTest {

    @Test
    void everyServicesSummaryWithTheCallersToken() {
        String token = Tokens.of("cora", "coordinator", "mentor");
        given().auth()
                .oauth2(token)
                .get("/api/v1/me/dashboard")
                .then()
                .statusCode(200)
                .body("user", equalTo("cora"))
                .body("roles", containsInAnyOrder("coordinator", "mentor"))
                .body("applications.service", equalTo("application"))
                .body("mentorship.service", equalTo("evaluation"))
                .body("stipends.service", equalTo("stipend"))
                .body("certificate.service", equalTo("certificate"))
                .body("stipends.path", equalTo("/api/v1/me/summary"))
                .body("stipends.method", equalTo("GET"))
                .body("stipends.headers.authorization", equalTo("Bearer " + token))
                .body("certificate.headers.authorization", equalTo("Bearer " + token))
                .body("unavailable", empty());
    }
}
