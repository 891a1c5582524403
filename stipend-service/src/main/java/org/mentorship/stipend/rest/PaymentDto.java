package org.mentorship.stipend.rest;

import java.time.Instant;
import java.util.UUID;

import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentStatus;

public record PaymentDto(UUID id, UUID mentorshipId, int installment, UUID evaluationId, PaymentStatus status,
        Instant scheduledAt) {

    static PaymentDto of(Payment p) {
        return new PaymentDto(p.id, p.mentorshipId, p.installment, p.evaluationId, p.status, p.scheduledAt);
    }
}
