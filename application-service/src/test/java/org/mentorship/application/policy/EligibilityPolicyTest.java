package org.mentorship.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorship.application.policy.ReviewPolicyTest.assertProblem;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.model.EligibilityAnswer;
import org.mentorship.application.model.EligibilityRules;
import org.mentorship.platform.problem.ProblemException;

/** The eligibility rules of issue 18 on their own: one test per rule, named after it. */
class EligibilityPolicyTest {

    private static final UUID TERM = UUID.fromString("5f0c1b8e-7c2a-4c41-9d0e-2a4f9e1d7b10");
    private static final Instant AT = Instant.parse("2027-01-11T09:00:00Z");

    @Test
    void aTermWithoutRulesRefusesNobodyAndFlagsNothing() {
        assertThat(EligibilityPolicy.assess(Optional.empty(), Optional.empty())).isEmpty();
        assertThat(EligibilityPolicy.assess(Optional.empty(), Optional.of(answer(1, 60, false, "KP"))))
                .isEmpty();
    }

    @Test
    void unanswered() {
        assertProblem(
                () -> EligibilityPolicy.assess(Optional.of(rules(null, false, List.of(), null)), Optional.empty()),
                "eligibility-unanswered",
                422);
    }

    @Test
    void minimumHours() {
        var rules = Optional.of(rules(15, false, List.of(), null));
        assertThat(EligibilityPolicy.assess(rules, Optional.of(answer(15, 0, true, "DE"))))
                .isEmpty();
        assertThatThrownBy(() -> EligibilityPolicy.assess(rules, Optional.of(answer(10, 0, true, "DE"))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.slug()).isEqualTo("not-eligible");
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.getMessage()).isEqualTo("minimum-hours: 10 hours a week is below this term's 15");
                });
    }

    @Test
    void minimumAge() {
        var rules = Optional.of(rules(null, true, List.of(), null));
        assertThat(EligibilityPolicy.assess(rules, Optional.of(answer(20, 0, true, "DE"))))
                .isEmpty();
        assertThatThrownBy(() -> EligibilityPolicy.assess(rules, Optional.of(answer(20, 0, false, "DE"))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.slug()).isEqualTo("not-eligible");
                    assertThat(e.getMessage()).startsWith("minimum-age: ");
                });
        // Off: a term that does not ask for adults takes minors.
        assertThat(EligibilityPolicy.assess(
                        Optional.of(rules(null, false, List.of(), null)), Optional.of(answer(20, 0, false, "DE"))))
                .isEmpty();
    }

    @Test
    void stipendCountry() {
        var rules = Optional.of(rules(null, false, List.of("de", "US"), null));
        assertThat(EligibilityPolicy.assess(rules, Optional.of(answer(20, 0, true, "DE"))))
                .isEmpty();
        assertThat(EligibilityPolicy.assess(rules, Optional.of(answer(20, 0, true, "jp"))))
                .containsExactly("stipend-country");
        // No paid countries listed: nobody is flagged for the country.
        assertThat(EligibilityPolicy.assess(
                        Optional.of(rules(null, false, List.of(), null)), Optional.of(answer(20, 0, true, "JP"))))
                .isEmpty();
    }

    @Test
    void otherCommitments() {
        var rules = Optional.of(rules(null, false, List.of(), 20));
        assertThat(EligibilityPolicy.assess(rules, Optional.of(answer(20, 20, true, "DE"))))
                .isEmpty();
        assertThat(EligibilityPolicy.assess(rules, Optional.of(answer(20, 21, true, "DE"))))
                .containsExactly("other-commitments");
    }

    @Test
    void aRefusingRuleWinsOverTheFlagsAndFlagsComeInAStableOrder() {
        var rules = Optional.of(rules(15, true, List.of("US"), 10));
        assertProblem(
                () -> EligibilityPolicy.assess(rules, Optional.of(answer(5, 30, true, "JP"))), "not-eligible", 422);
        assertThat(EligibilityPolicy.assess(rules, Optional.of(answer(15, 30, true, "JP"))))
                .containsExactly("stipend-country", "other-commitments");
    }

    private static EligibilityRules rules(
            Integer minHours, boolean adultsOnly, List<String> paidCountries, Integer commitmentsOver) {
        EligibilityRules rules = EligibilityRules.of(TERM);
        rules.set(minHours, adultsOnly, paidCountries, commitmentsOver, "cora", AT);
        return rules;
    }

    private static EligibilityAnswer answer(int hours, int otherHours, boolean over18, String country) {
        return EligibilityAnswer.of(TERM, "alice", hours, null, otherHours, over18, country, AT);
    }
}
