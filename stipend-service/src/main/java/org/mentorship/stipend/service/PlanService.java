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
import org.mentorship.stipend.problem.StipendProblems;
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
        plan.installments = new ArrayList<>(
                terms.installments() == null || terms.installments().isEmpty()
                        ? InstallmentPolicy.defaultSplit()
                        : terms.installments());
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
        if (!Money.isCurrency(terms.currency())) {
            throw StipendProblems.UNKNOWN_CURRENCY.with("'" + terms.currency() + "' is not an ISO 4217 currency code");
        }
        if (terms.floorMinor() != null && terms.capMinor() != null && terms.floorMinor() > terms.capMinor()) {
            throw StipendProblems.FLOOR_ABOVE_CAP.with("The floor must not exceed the cap");
        }
        List<PlanInstallment> shares = terms.installments();
        if (shares != null && !shares.isEmpty()) {
            InstallmentPolicy.splitRefusal(shares).ifPresent(why -> {
                throw StipendProblems.INVALID_SPLIT.with(why);
            });
        }
        if (terms.countryPercents() != null) {
            java.util.Set<String> countries = java.util.Set.of(java.util.Locale.getISOCountries());
            terms.countryPercents().keySet().stream()
                    .filter(c -> !countries.contains(c))
                    .findFirst()
                    .ifPresent(c -> {
                        throw StipendProblems.UNKNOWN_COUNTRY.with(
                                "'" + c + "' is not an ISO 3166 alpha-2 country code");
                    });
        }
    }
}
