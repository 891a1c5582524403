package org.mentorship.stipend.rest;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.mentorship.stipend.model.StipendPlan;

public record PlanDto(
        UUID id,
        UUID projectId,
        int revision,
        long amountMinor,
        String currency,
        List<PlanRequest.Share> installments,
        List<PlanRequest.CountryAdjustment> countryAdjustments,
        Long floorMinor,
        Long capMinor,
        String createdBy,
        Instant createdAt) {

    static PlanDto of(StipendPlan p) {
        return new PlanDto(
                p.id,
                p.projectId,
                p.revision,
                p.amountMinor,
                p.currency,
                p.installments.stream()
                        .sorted(Comparator.comparingInt(s -> s.number))
                        .map(s -> new PlanRequest.Share(s.number, s.afterEvaluation, s.percent))
                        .toList(),
                p.countryPercents.entrySet().stream()
                        .sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> new PlanRequest.CountryAdjustment(e.getKey(), e.getValue()))
                        .toList(),
                p.floorMinor,
                p.capMinor,
                p.createdBy,
                p.createdAt);
    }
}
