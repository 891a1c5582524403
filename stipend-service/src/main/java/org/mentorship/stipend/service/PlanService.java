package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.stipend.model.PlanInstallment;
import org.mentorship.stipend.model.StipendPlan;
import org.mentorship.stipend.repository.PlanRepository;

/** Finance's stipend plans: each write is a new revision; onboardings that waited for the project's plan go on. */
@ApplicationScoped
public class PlanService {

    /** What finance asks for; null installments = the default 50/50 after evaluation 2 and the final one. */
    public record PlanTerms(
            UUID projectId,
            long amountMinor,
            String currency,
            List<PlanInstallment> installments,
            Map<String, Integer> countryPercents,
            Long floorMinor,
            Long capMinor) {}

    private final PlanRepository plans;
    private final StipendEvents events;
    private final Clock clock;

    PlanService(PlanRepository plans, StipendEvents events, Clock clock) {
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public StipendPlan create(PlanTerms terms, String actor) {
        validate(terms);
        StipendPlan plan = new StipendPlan();
        plan.id = UUID.randomUUID();
        plan.projectId = terms.projectId();
        plan.revision = plans.nextRevision(terms.projectId());
        plan.amountMinor = terms.amountMinor();
        plan.currency = terms.currency();
        plan.floorMinor = terms.floorMinor();
        plan.capMinor = terms.capMinor();
        plan.createdBy = actor;
        plan.createdAt = clock.instant();
        plan.installments = new ArrayList<>(PlanPolicy.splitOf(terms));
        plan.countryPercents = new HashMap<>(terms.countryPercents() == null ? Map.of() : terms.countryPercents());
        // The unique (project, revision) key turns a concurrent second write into a rollback, not a fork.
        plans.persistAndFlush(plan);
        events.replayForPlan(plan.projectId);
        return plan;
    }

    public StipendPlan get(UUID id) {
        return plans.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Stipend plan", id));
    }

    public List<StipendPlan> page(UUID projectId, int page, int size) {
        return plans.page(projectId, page, size);
    }

    public long count(UUID projectId) {
        return plans.count(projectId);
    }

    static void validate(PlanTerms terms) {
        PlanPolicy.refusal(terms).ifPresent(refusal -> {
            throw refusal;
        });
    }
}
