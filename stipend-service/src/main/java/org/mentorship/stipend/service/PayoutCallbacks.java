package org.mentorship.stipend.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.platform.problem.ProblemException;
import org.mentorship.stipend.config.StipendConfig;
import org.mentorship.stipend.model.Payment;

/**
 * The payout provider's report of a transfer. Authenticated by HMAC-SHA256 over the exact body bytes, compared in
 * constant time; applying the same report twice changes nothing (the payment is already in that state).
 */
@ApplicationScoped
public class PayoutCallbacks {

    public static final String ACTOR = "payout-provider";

    /** The provider's report: outcome PAID (with its reference) or FAILED (with the reason). */
    public record Report(UUID paymentId, String outcome, String reference, String reason) {
    }

    private final StipendConfig config;
    private final PaymentService payments;

    PayoutCallbacks(StipendConfig config, PaymentService payments) {
        this.config = config;
        this.payments = payments;
    }

    /** Accepts "sha256=<hex>" or the bare hex digest. */
    public void verify(byte[] body, String signature) {
        if (signature == null || signature.isBlank()) {
            throw badSignature();
        }
        String hex = signature.startsWith("sha256=") ? signature.substring(7) : signature;
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hex.trim().toLowerCase());
        } catch (IllegalArgumentException e) {
            throw badSignature();
        }
        String secret = config.payout().callbackSecret().filter(k -> !k.isBlank()).orElseThrow(() -> new ProblemException(503,
                "not-configured", "Not configured", "Payout callbacks are not configured (no shared secret)"));
        if (!MessageDigest.isEqual(sign(secret, body), given)) {
            throw badSignature();
        }
    }

    public Payment apply(Report report) {
        if (report.paymentId() == null || report.outcome() == null) {
            throw ProblemException.unprocessable("invalid-callback", "Invalid callback", "paymentId and outcome are required");
        }
        return switch (report.outcome()) {
            case "PAID" -> {
                if (report.reference() == null || report.reference().isBlank()) {
                    throw ProblemException.unprocessable("invalid-callback", "Invalid callback", "A paid report needs its reference");
                }
                yield payments.markPaid(report.paymentId(), report.reference(), ACTOR);
            }
            case "FAILED" -> payments.markFailed(report.paymentId(),
                    report.reason() == null || report.reason().isBlank() ? "Rejected by the payout provider" : report.reason(), ACTOR);
            default -> throw ProblemException.unprocessable("invalid-callback", "Invalid callback", "outcome is PAID or FAILED");
        };
    }

    public static byte[] sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private static ProblemException badSignature() {
        return new ProblemException(401, "bad-signature", "Bad signature",
                "The X-Payout-Signature header is missing or does not match the body");
    }
}
