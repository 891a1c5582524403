package org.mentorship.gateway.proxy;

import static org.hamcrest.Matchers.equalTo;
import static org.mentorship.gateway.testing.SignedIn.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorship.gateway.testing.FakeUpstreams;
import org.mentorship.gateway.testing.Problems;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class NotFoundTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/termsX",
                "/api/v1/terms-archive/1",
                "/api/v1/unknown",
                "/api/v1",
                "/api/v2/terms",
                "/nowhere",
                "/"
            })
    void aPathNoServiceOwnsIsNotFound(String path) {
        Problems.assertProblem(given().get(path).then(), 404, "not-found");
        given().get(path).then().body("instance", equalTo(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/termsX", "/nowhere"})
    void otherMethodsToo(String path) {
        Problems.assertProblem(
                given().contentType("application/json").body("{}").post(path).then(), 404, "not-found");
    }
}
