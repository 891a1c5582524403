package org.mentorship.stipend.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.stipend.model.PlanInstallment;
import org.mentorship.stipend.service.PlanService.PlanTerms;

/** The rules of a plan revision on their own, each with the problem type finance is answered. */
class PlanPolicyTest {

    @Test
    void aPlanInAnIsoCurrencyWithTheDefaultSplitIsPaid() {
        PlanTerms terms = terms("EUR", null, Map.of("IN", 40), 1000L, 5000L);
        assertThat(PlanPolicy.refusal(terms)).isEmpty();
        assertThat(PlanPolicy.splitOf(terms))
                .usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(InstallmentPolicy.defaultSplit());
    }

    @Test
    void theCurrencyIsAnIso4217Code() {
        assertThat(slug(PlanPolicy.refusal(terms("EURO", null, null, null, null))))
                .contains("unknown-currency");
    }

    @Test
    void theFloorDoesNotExceedTheCap() {
        assertThat(slug(PlanPolicy.refusal(terms("EUR", null, null, 5000L, 1000L))))
                .contains("floor-above-cap");
    }

    @Test
    void theSplitFollowsTheInstallmentRules() {
        List<PlanInstallment> split = List.of(new PlanInstallment(1, 2, 60), new PlanInstallment(2, null, 30));
        PlanTerms terms = terms("EUR", split, null, null, null);
        assertThat(slug(PlanPolicy.refusal(terms))).contains("invalid-split");
        List<PlanInstallment> own = List.of(new PlanInstallment(1, 2, 60), new PlanInstallment(2, null, 40));
        assertThat(PlanPolicy.splitOf(terms("EUR", own, null, null, null))).isEqualTo(own);
    }

    @Test
    void countryPercentsNameIsoCountries() {
        assertThat(slug(PlanPolicy.refusal(terms("EUR", null, Map.of("XX", 50), null, null))))
                .contains("unknown-country");
    }

    private static Optional<String> slug(Optional<ProblemException> refusal) {
        return refusal.map(ProblemException::slug);
    }

    private static PlanTerms terms(
            String currency, List<PlanInstallment> split, Map<String, Integer> countries, Long floor, Long cap) {
        return new PlanTerms(UUID.randomUUID(), 300000, currency, split, countries, floor, cap);
    }
}
