package org.mentorship.stipend.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.stipend.model.PlanInstallment;
import org.mentorship.stipend.problem.StipendProblems;
import org.mentorship.stipend.service.PlanService.PlanTerms;

/**
 * The rules of a stipend plan revision (stage 5: the amount is per project, the split per plan), in one place:
 * <ol>
 * <li>its currency is an ISO 4217 code;</li>
 * <li>a floor does not exceed the cap;</li>
 * <li>its split follows {@link InstallmentPolicy}'s split rules; a plan without one gets the default split;</li>
 * <li>its country percents name ISO 3166 alpha-2 countries.</li>
 * </ol>
 * A revision is never changed: finance adds the next one, and an agreement keeps the revision it was made with.
 */
public final class PlanPolicy {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Why finance's plan is refused (the first rule it breaks), or empty when it is a plan the program pays. */
    public static Optional<ProblemException> refusal(PlanTerms terms) {
        if (!Money.isCurrency(terms.currency())) {
            return Optional.of(StipendProblems.UNKNOWN_CURRENCY.with(
                    "'" + terms.currency() + "' is not an ISO 4217 currency code"));
        }
        if (terms.floorMinor() != null && terms.capMinor() != null && terms.floorMinor() > terms.capMinor()) {
            return Optional.of(StipendProblems.FLOOR_ABOVE_CAP.with("The floor must not exceed the cap"));
        }
        if (terms.installments() != null && !terms.installments().isEmpty()) {
            Optional<String> split = InstallmentPolicy.splitRefusal(terms.installments());
            if (split.isPresent()) {
                return Optional.of(StipendProblems.INVALID_SPLIT.with(split.get()));
            }
        }
        if (terms.countryPercents() != null) {
            return terms.countryPercents().keySet().stream()
                    .filter(c -> !COUNTRIES.contains(c))
                    .findFirst()
                    .map(c -> StipendProblems.UNKNOWN_COUNTRY.with(
                            "'" + c + "' is not an ISO 3166 alpha-2 country code"));
        }
        return Optional.empty();
    }

    /** The split a new revision gets: finance's, or the default when finance gives none. */
    public static List<PlanInstallment> splitOf(PlanTerms terms) {
        return terms.installments() == null || terms.installments().isEmpty()
                ? InstallmentPolicy.defaultSplit()
                : terms.installments();
    }

    private PlanPolicy() {}
}
