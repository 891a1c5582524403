package org.mentorship.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.webhook.config.WebhookConfig;
import org.mentorship.webhook.model.Attempt;

/**
 * One POST of a delivery, outside any transaction: the CloudEvent as the body, the Standard Webhooks headers, a
 * fresh timestamp and signature per attempt under the same webhook-id. Redirects are not followed (a 3xx is a
 * failure: it could lead into the cluster). Never throws: every outcome is an {@link Attempt}.
 */
@ApplicationScoped
public class DeliverySender {

    static final int EXCERPT = 500;

    private final Targets targets;
    private final WebhookConfig config;
    private final Clock clock;
    private final HttpClient http;

    DeliverySender(Targets targets, WebhookConfig config, Clock clock) {
        this.targets = targets;
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.worker().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Attempt send(DeliveryQueue.Send send, boolean onRequest) {
        Attempt attempt = new Attempt();
        attempt.attemptedAt = clock.instant();
        attempt.onRequest = onRequest;
        long started = System.nanoTime();
        try {
            URI target = targets.check(send.url());
            String id = send.eventId().toString();
            long timestamp = Instant.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(config.worker().requestTimeout())
                    .header("Content-Type", CloudEventBody.MEDIA_TYPE)
                    .header("User-Agent", "mentorship-webhooks/1")
                    .header(Signatures.ID, id)
                    .header(Signatures.TIMESTAMP, Long.toString(timestamp))
                    .header(Signatures.SIGNATURE, Signatures.sign(send.secret(), id, timestamp, send.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(send.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            attempt.statusCode = response.statusCode();
            try (InputStream in = response.body()) {
                attempt.responseExcerpt = new String(in.readNBytes(EXCERPT), StandardCharsets.UTF_8);
            }
        } catch (ProblemException e) {
            attempt.error = "Target not allowed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            attempt.error = "Interrupted";
        } catch (Exception e) {
            attempt.error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        attempt.durationMs = (System.nanoTime() - started) / 1_000_000;
        if (attempt.error != null && attempt.error.length() > 1000) {
            attempt.error = attempt.error.substring(0, 1000);
        }
        return attempt;
    }
}
