package org.mentorship.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorship.application.policy.ReviewPolicyTest.assertProblem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.model.Rubric;
import org.mentorship.application.model.ScoreSet;

/** The ranking and scoring rules of selection on their own, one test per rule. */
class ScoringPolicyTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    private static final Rubric RUBRIC = rubric(
            new Rubric.Criterion("prerequisites", "Prerequisite work", 10),
            new Rubric.Criterion("motivation", "Motivation", 5));

    @Test
    void aPreferenceOrderNamesEachActiveApplicationOnce() {
        assertThat(ScoringPolicy.ranks(List.of(B, A), Set.of(A, B))).containsExactly(Map.entry(B, 1), Map.entry(A, 2));
        assertProblem(() -> ScoringPolicy.ranks(List.of(A, A), Set.of(A, B)), "preferences-mismatch", 422);
        assertProblem(() -> ScoringPolicy.ranks(List.of(A), Set.of(A, B)), "preferences-mismatch", 422);
        assertProblem(() -> ScoringPolicy.ranks(List.of(A, B, C), Set.of(A, B)), "preferences-mismatch", 422);
        assertThat(ScoringPolicy.ranks(List.of(), Set.of())).isEmpty();
    }

    @Test
    void aRubricHasCriteriaAndNoKeyTwice() {
        ScoringPolicy.requireValidRubric(RUBRIC.criteria);
        assertProblem(() -> ScoringPolicy.requireValidRubric(List.of()), "invalid-rubric", 422);
        assertProblem(
                () -> ScoringPolicy.requireValidRubric(
                        List.of(new Rubric.Criterion("fit", "Fit", 5), new Rubric.Criterion("fit", "Fit again", 3))),
                "invalid-rubric",
                422);
    }

    @Test
    void aRubricIsFixedOnceAnApplicationIsScored() {
        ScoringPolicy.requireRubricUnscored(false);
        assertProblem(() -> ScoringPolicy.requireRubricUnscored(true), "rubric-in-use", 409);
    }

    @Test
    void scoringNeedsTheProjectsRubric() {
        assertThat(ScoringPolicy.requireRubric(Optional.of(RUBRIC), "CLI docs")).isSameAs(RUBRIC);
        assertProblem(() -> ScoringPolicy.requireRubric(Optional.empty(), "CLI docs"), "no-rubric", 409);
    }

    @Test
    void everyCriterionIsScoredWithinZeroAndItsMaximum() {
        assertThat(ScoringPolicy.total(RUBRIC, Map.of("prerequisites", 10, "motivation", 0)))
                .isEqualTo(10);
        assertProblem(() -> ScoringPolicy.total(RUBRIC, Map.of("prerequisites", 7)), "invalid-scores", 422);
        assertProblem(
                () -> ScoringPolicy.total(RUBRIC, Map.of("prerequisites", 11, "motivation", 1)), "invalid-scores", 422);
        assertProblem(
                () -> ScoringPolicy.total(RUBRIC, Map.of("prerequisites", -1, "motivation", 1)), "invalid-scores", 422);
        assertProblem(
                () -> ScoringPolicy.total(RUBRIC, Map.of("prerequisites", 1, "motivation", 1, "charm", 3)),
                "invalid-scores",
                422);
    }

    @Test
    void averagesAreOverTheReviewersWhoScoredRoundedToTwoDecimals() {
        List<ScoreSet> sets = List.of(
                set("mia", Map.of("prerequisites", 8, "motivation", 4)),
                set("max", Map.of("prerequisites", 6, "motivation", 3)),
                set("mo", Map.of("prerequisites", 7, "motivation", 3)));

        ScoringPolicy.Averages averages = ScoringPolicy.averages(RUBRIC, sets);

        assertThat(averages.perCriterion())
                .containsExactly(
                        Map.entry("prerequisites", new BigDecimal("7.00")),
                        Map.entry("motivation", new BigDecimal("3.33")));
        assertThat(averages.total()).isEqualTo(new BigDecimal("10.33"));
        assertThat(averages.reviewCount()).isEqualTo(3);
        assertThat(ScoringPolicy.averages(RUBRIC, List.of()).total()).isNull();
        assertThat(ScoringPolicy.averageTotal(List.of())).isNull();
    }

    @Test
    void aScreeningSaysWhy() {
        assertThat(ScoringPolicy.screeningReason("  bot text ")).isEqualTo("bot text");
        assertProblem(() -> ScoringPolicy.screeningReason(null), "reason-required", 422);
        assertProblem(() -> ScoringPolicy.screeningReason("  "), "reason-required", 422);
    }

    private static Rubric rubric(Rubric.Criterion... criteria) {
        Rubric rubric = Rubric.of(UUID.randomUUID());
        rubric.criteria.addAll(List.of(criteria));
        return rubric;
    }

    private static ScoreSet set(String reviewer, Map<String, Integer> points) {
        ScoreSet set = ScoreSet.of(A, reviewer);
        set.score(points, ScoringPolicy.total(RUBRIC, points), null, java.time.Instant.EPOCH);
        return set;
    }
}
