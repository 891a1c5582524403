package org.mentorship.stipend.service;

import com.svix.Webhook;
import com.svix.exceptions.WebhookVerificationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.mentorship.platform.problem.PlatformProblems;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.stipend.config.StipendConfig;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentAttempt;
import org.mentorship.stipend.problem.StipendProblems;
import org.mentorship.stipend.repository.PaymentRepository;
import org.mentorship.stipend.repository.PayoutCallbackRepository;

/**
 * The payout provider's report of one line of a payout file, in the Standard Webhooks shape: headers webhook-id,
 * webhook-timestamp (Unix seconds) and webhook-signature ("v1,<base64 HMAC-SHA256 of id.timestamp.body>", several
 * space-separated while the provider rotates its secret), verified by Svix's Standard Webhooks verifier. A timestamp
 * more than 5 minutes old or ahead (of real time: the provider knows nothing of the program clock) is refused, so a
 * captured callback cannot be sent again later; within those 5 minutes the webhook-id, remembered under a unique key
 * in the transaction of the effect, makes a replay change nothing.
 */
@ApplicationScoped
public class PayoutCallbacks {

    private static final Logger LOG = Logger.getLogger(PayoutCallbacks.class);

    public static final String ACTOR = "payout-provider";

    /** The provider's report of one transfer, named by the EndToEndId the payout file gave it. */
    @Schema(name = "PayoutReport", description = "The payout provider's report of one transfer of a payout file")
    public record Report(
            @Schema(
                    description =
                            "The EndToEndId of the transfer in the payout file: the payment id without dashes, '-', the export attempt",
                    examples = "7d3e2f1a0b9c4d8ea7f65e4d3c2b1a09-1",
                    required = true)
            @NotBlank
            @Size(max = 35)
            String endToEndId,

            @Schema(
                    description =
                            "PAID: the money reached the payee (reference required). FAILED: it did not, or a requested recall succeeded",
                    required = true)
            @NotNull
            PaymentService.Outcome outcome,

            @Schema(
                    description = "The provider's reference of the transfer; required when PAID",
                    examples = "PSP-2026-000123")
            @Size(max = 200)
            String reference,

            @Schema(description = "Why it failed (FAILED only)", examples = "IBAN closed") @Size(max = 500)
            String reason) {}

    /** The payment after the report; {@code replayed} when this webhook-id was applied before and nothing changed now. */
    public record Result(Payment payment, boolean replayed) {}

    private final Optional<Webhook> verifier;
    private final PaymentService payments;
    private final PaymentRepository paymentRows;
    private final PayoutCallbackRepository callbacks;
    private final Clock clock;

    PayoutCallbacks(
            StipendConfig config,
            PaymentService payments,
            PaymentRepository paymentRows,
            PayoutCallbackRepository callbacks,
            Clock clock) {
        this.payments = payments;
        this.paymentRows = paymentRows;
        this.callbacks = callbacks;
        this.clock = clock;
        this.verifier =
                config.payout().callbackSecret().filter(k -> !k.isBlank()).flatMap(PayoutCallbacks::webhook);
    }

    /** The secret is "whsec_" + base64 (the prefix may be left out); the HMAC key is the bytes it encodes. */
    private static Optional<Webhook> webhook(String secret) {
        try {
            Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
            return Optional.of(new Webhook(secret));
        } catch (IllegalArgumentException | com.svix.exceptions.EmptyWebhookSecretException e) {
            LOG.warn(
                    "mentorship.stipend.payout.callback-secret is not whsec_<base64>: payout callbacks are refused (503)");
            return Optional.empty();
        }
    }

    /** Checks the three headers against the exact body bytes; any mismatch, a stale or a future timestamp is a 401. */
    public void verify(byte[] body, String id, String timestamp, String signature) {
        Webhook webhook = verifier.orElseThrow(() ->
                StipendProblems.NOT_CONFIGURED.with("Payout callbacks are not configured (no valid shared secret)"));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        put(headers, "webhook-id", id);
        put(headers, "webhook-timestamp", timestamp);
        put(headers, "webhook-signature", signature);
        try {
            webhook.verify(new String(body, StandardCharsets.UTF_8), headers);
        } catch (WebhookVerificationException e) {
            String why = e.getMessage() == null ? "" : e.getMessage();
            if (why.contains("timestamp")) {
                throw StipendProblems.STALE_CALLBACK.with("webhook-timestamp is more than 5 minutes from now (" + why
                        + "); a replayed or delayed callback is refused");
            }
            throw StipendProblems.BAD_SIGNATURE.with(
                    "The webhook-id, webhook-timestamp and webhook-signature headers are missing or do not match the body ("
                            + why + ")");
        }
        if (id.length() > 200) {
            throw PlatformProblems.VALIDATION_FAILED.with("webhook-id is longer than 200 characters");
        }
    }

    private static void put(Map<String, List<String>> headers, String name, String value) {
        if (value != null) {
            headers.put(name, List.of(value));
        }
    }

    /** Applies a verified report once per webhook-id: the id is recorded first, in the transaction of the effect. */
    @Transactional
    public Result receive(String webhookId, Report report) {
        if (report.outcome() == PaymentService.Outcome.PAID
                && (report.reference() == null || report.reference().isBlank())) {
            throw PlatformProblems.VALIDATION_FAILED.with("A PAID report needs its reference");
        }
        boolean first = callbacks.claim(webhookId, report.endToEndId(), clock.instant());
        PaymentAttempt attempt = callbacks
                .attempt(report.endToEndId())
                .orElseThrow(() -> ProblemException.notFound("Payout transfer with EndToEndId", report.endToEndId()));
        if (!first) {
            return new Result(paymentRows.findById(attempt.paymentId), true);
        }
        String reason = report.reason() == null || report.reason().isBlank()
                ? "Rejected by the payout provider"
                : report.reason();
        boolean paid = report.outcome() == PaymentService.Outcome.PAID;
        Payment payment = payments.report(
                attempt, report.outcome(), paid ? report.reference() : null, paid ? null : reason, ACTOR);
        return new Result(payment, false);
    }
}
