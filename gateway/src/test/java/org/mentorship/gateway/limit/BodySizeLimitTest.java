package org.mentorship.gateway.limit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorship.gateway.testing.SignedIn.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.FakeUpstreams;
import org.mentorship.gateway.testing.Problems;
import org.mentorship.gateway.testing.SignedIn;

/** The limit is 1 MiB (quarkus.http.limits.max-body-size=1M). */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class BodySizeLimitTest {

    private static final int LIMIT = 1024 * 1024;
    private static final String PATH = "/api/v1/mentorships/m-1/evaluations";

    @TestHTTPResource(PATH)
    URL url;

    @Test
    void aDeclaredLengthOverTheLimitIs413() {
        var response = given().contentType("application/json")
                .body(json(LIMIT + 1))
                .post(PATH)
                .then();
        Problems.assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void aBodyAtTheLimitIsProxied() {
        String body = json(LIMIT);
        given().contentType("application/json")
                .body(body)
                .post(PATH)
                .then()
                .statusCode(200)
                .body("body.length()", equalTo(LIMIT));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        HttpResponse<String> response = sendChunked(json(2 * LIMIT));
        assertEquals(413, response.statusCode());
        assertThat(response.headers().firstValue("Content-Type").orElse(""), startsWith("application/problem+json"));
        assertThat(response.body(), containsString("/problems/payload-too-large"));
        Problems.assertNoStackTrace(response.body());
    }

    @Test
    void aSmallChunkedBodyIsProxiedWhole() throws Exception {
        String body = json(64 * 1024);
        HttpResponse<String> response = sendChunked(body);
        assertEquals(200, response.statusCode());
        JsonObject echo = new JsonObject(response.body());
        assertEquals(body, echo.getString("body"));
        assertEquals(
                Integer.toString(body.length()), echo.getJsonObject("headers").getString("content-length"));
    }

    /** An input stream body of unknown length: the JDK client sends it chunked. */
    private HttpResponse<String> sendChunked(String body) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.toString()))
                .header("Authorization", "Bearer " + SignedIn.TOKEN)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes())))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON string document of exactly {@code length} bytes. */
    private static String json(int length) {
        char[] filler = new char[length - 2];
        Arrays.fill(filler, 'x');
        return "\"" + new String(filler) + "\"";
    }
}
