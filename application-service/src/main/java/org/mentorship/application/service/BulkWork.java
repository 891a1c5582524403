package org.mentorship.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.mentorship.application.model.Application;
import org.mentorship.application.policy.BatchPolicy;

/**
 * Bulk work of coordinators and org-admins (issue 18): many decisions, one HR step for many mentees. Each item goes
 * through the single endpoint's path ({@link DecisionService#decide}, {@link OnboardingService#completeHrStep}: every
 * check of it, the caller's organisations and separation of duties included) in a transaction of its own, so one
 * refused item leaves the others done. The answer says per item what happened, in the batch's order.
 */
@ApplicationScoped
public class BulkWork {

    /** One decision of a batch: what the single decide endpoint takes, and the application it is about. */
    public record Decision(
            UUID applicationId,
            DecisionService.Outcome outcome,
            String reason,
            String overrideReason,
            String internalNote) {}

    private final DecisionService decisions;
    private final OnboardingService onboarding;

    BulkWork(DecisionService decisions, OnboardingService onboarding) {
        this.decisions = decisions;
        this.onboarding = onboarding;
    }

    /** 422 batch-invalid (nothing decided) unless {@link BatchPolicy} accepts the batch; else each on its own. */
    public List<BatchItems.Outcome<Application>> decide(List<Decision> items) {
        BatchPolicy.requireBatch(
                items == null
                        ? null
                        : items.stream()
                                .map(i -> i == null ? null : i.applicationId())
                                .toList());
        return items.stream()
                .map(i -> BatchItems.run(
                        i.applicationId(),
                        "decision",
                        () -> decisions.decide(
                                i.applicationId(), i.outcome(), i.reason(), i.overrideReason(), i.internalNote())))
                .toList();
    }

    /** Checks off {@code step} for each application, each on its own (422 batch-invalid for a bad batch). */
    public List<BatchItems.Outcome<Application>> completeHrStep(String step, List<UUID> applicationIds) {
        return BatchPolicy.requireBatch(applicationIds).stream()
                .map(id -> BatchItems.run(
                        id, "HR step", () -> onboarding.completeHrStep(id, step).application()))
                .toList();
    }
}
