package org.mentorship.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A service is healthy when its readiness endpoint (SmallRye Health, {@code /q/health/ready}) answers 200; the mail
 * server's API has its own readiness path.
 */
final class HttpHealth {

    static final String READY_PATH = "/q/health/ready";

    /** The launcher's one HTTP client (health checks, the warm-up call). */
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private HttpHealth() {}

    static boolean isReady(String baseUrl) {
        return answers200(baseUrl + READY_PATH);
    }

    /** Whether a GET of {@code url} answers 200 within a few seconds (any failure is a no). */
    static boolean answers200(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
