package org.mentorship.certificate.rest;

import java.time.Instant;
import org.mentorship.certificate.model.CertificateHistory;
import org.mentorship.certificate.model.CompletionHistory;

/** One change: who, when, from, to, why. */
public record HistoryDto(Instant at, String actor, String from, String to, String reason) {

    static HistoryDto of(CompletionHistory h) {
        return new HistoryDto(
                h.at, h.actor, h.fromStatus == null ? null : h.fromStatus.name(), h.toStatus.name(), h.reason);
    }

    static HistoryDto of(CertificateHistory h) {
        return new HistoryDto(
                h.at, h.actor, h.fromStatus == null ? null : h.fromStatus.name(), h.toStatus.name(), h.reason);
    }
}
