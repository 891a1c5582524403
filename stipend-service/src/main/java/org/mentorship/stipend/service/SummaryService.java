package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.repository.AgreementRepository;
import org.mentorship.stipend.repository.PaymentRepository;
import org.mentorship.stipend.repository.PendingEventRepository;

/** The stipend part of a person's dashboard: a few indexed queries, nothing heavy. */
@ApplicationScoped
public class SummaryService {

    private final StipendQueries queries;
    private final PaymentRepository payments;
    private final AgreementRepository agreements;
    private final PendingEventRepository pending;

    SummaryService(
            StipendQueries queries,
            PaymentRepository payments,
            AgreementRepository agreements,
            PendingEventRepository pending) {
        this.queries = queries;
        this.payments = payments;
        this.agreements = agreements;
        this.pending = pending;
    }

    public Map<String, Object> forMentee(String menteeId) {
        List<StipendQueries.AgreementView> views = queries.ofMentee(menteeId);
        Map<String, Long> paid = new TreeMap<>();
        Map<String, Object> next = null;
        for (StipendQueries.AgreementView view : views) {
            for (StipendQueries.TimelineEntry entry : view.installments()) {
                if ("PAID".equals(entry.status())) {
                    paid.merge(view.agreement().currency, entry.amountMinor(), Long::sum);
                } else if (next == null && !"CANCELLED".equals(entry.status())) {
                    next = new LinkedHashMap<>();
                    next.put("mentorshipId", view.agreement().mentorshipId);
                    next.put("installment", entry.installment());
                    next.put("status", entry.status());
                    next.put("expectedOn", entry.expectedOn());
                    next.put("amountMinor", entry.amountMinor());
                    next.put("currency", view.agreement().currency);
                }
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("role", "mentee");
        summary.put("agreements", views.size());
        summary.put("nextInstallment", next);
        summary.put(
                "paid",
                paid.entrySet().stream()
                        .map(e -> Map.of("currency", e.getKey(), "amountMinor", e.getValue()))
                        .toList());
        return summary;
    }

    public Map<String, Object> forFinance(String role) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("role", role);
        summary.put("activeAgreements", agreements.countActive());
        summary.put("toApprove", payments.countByStatus(PaymentStatus.SCHEDULED));
        summary.put("awaitingPayout", payments.countByStatus(PaymentStatus.APPROVED));
        summary.put("failed", payments.countByStatus(PaymentStatus.FAILED));
        summary.put("parkedEvents", pending.count());
        return summary;
    }
}
