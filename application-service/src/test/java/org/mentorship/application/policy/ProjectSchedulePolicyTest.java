package org.mentorship.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorship.application.policy.ReviewPolicyTest.assertProblem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mentorship.application.policy.ProjectSchedulePolicy.Fields;

/** A project's schedule within its term, one test per rule. */
class ProjectSchedulePolicyTest {

    private static final LocalDate TERM_START = LocalDate.parse("2027-03-01");
    private static final LocalDate TERM_END = LocalDate.parse("2027-09-27"); // 30 weeks later

    @Test
    void whatTheProjectLeavesUnsetIsTheTerms() {
        var asTerm = ProjectSchedulePolicy.effective(Fields.AS_TERM, TERM_START, TERM_END);
        assertThat(asTerm.startsOn()).isEqualTo(TERM_START);
        assertThat(asTerm.endsOn()).isEqualTo(TERM_END);

        var twelveWeeks = ProjectSchedulePolicy.effective(new Fields(175, 12, null), TERM_START, TERM_END);
        assertThat(twelveWeeks.startsOn()).isEqualTo(TERM_START);
        assertThat(twelveWeeks.endsOn()).isEqualTo(LocalDate.parse("2027-05-24"));

        var laterToTheEnd = ProjectSchedulePolicy.effective(
                new Fields(null, null, LocalDate.parse("2027-04-05")), TERM_START, TERM_END);
        assertThat(laterToTheEnd.endsOn()).isEqualTo(TERM_END);
    }

    @Test
    void theSizeIsTenToAThousandHours() {
        ProjectSchedulePolicy.requireHours(null);
        ProjectSchedulePolicy.requireHours(10);
        ProjectSchedulePolicy.requireHours(1000);
        assertProblem(() -> ProjectSchedulePolicy.requireHours(9), "invalid-project-hours", 422);
        assertProblem(() -> ProjectSchedulePolicy.requireHours(1001), "invalid-project-hours", 422);
    }

    @Test
    void theProjectStartsOnOrAfterTheTermsProgramStart() {
        ProjectSchedulePolicy.require(new Fields(350, 24, TERM_START), 4, TERM_START, TERM_END);
        assertProblem(
                () -> ProjectSchedulePolicy.require(
                        new Fields(null, 12, TERM_START.minusDays(1)), 3, TERM_START, TERM_END),
                "schedule-outside-term",
                422);
    }

    @Test
    void theProjectEndsOnOrBeforeTheTermsProgramEnd() {
        ProjectSchedulePolicy.require(new Fields(null, 30, null), 3, TERM_START, TERM_END);
        assertProblem(
                () -> ProjectSchedulePolicy.require(new Fields(null, 31, null), 3, TERM_START, TERM_END),
                "schedule-outside-term",
                422);
        assertProblem(
                () -> ProjectSchedulePolicy.require(
                        new Fields(null, 24, TERM_START.plusWeeks(7)), 3, TERM_START, TERM_END),
                "schedule-outside-term",
                422);
    }

    @Test
    void theProjectRunsAtLeastTwoWeeksPerEvaluation() {
        ProjectSchedulePolicy.require(new Fields(null, 6, null), 3, TERM_START, TERM_END);
        ProjectSchedulePolicy.require(new Fields(null, 8, null), 4, TERM_START, TERM_END);
        assertProblem(
                () -> ProjectSchedulePolicy.require(new Fields(null, 7, null), 4, TERM_START, TERM_END),
                "schedule-too-short",
                422);
        // Starting late without a length runs to the term's end, which may then be too short.
        assertProblem(
                () -> ProjectSchedulePolicy.require(
                        new Fields(null, null, TERM_END.minusWeeks(5)), 3, TERM_START, TERM_END),
                "schedule-too-short",
                422);
    }

    @Test
    void aProjectThatSetsNoDatesFollowsItsTermUnchecked() {
        LocalDate shortEnd = TERM_START.plusWeeks(3); // a short term's own dates are the term's business
        var schedule = ProjectSchedulePolicy.require(new Fields(175, null, null), 4, TERM_START, shortEnd);
        assertThat(schedule.endsOn()).isEqualTo(shortEnd);
    }

    @Test
    void theScheduleIsFixedOnceTheProjectHasAnAcceptedMentee() {
        Fields current = new Fields(175, 12, null);
        ProjectSchedulePolicy.requireEditable(current, new Fields(350, 24, TERM_START), 0);
        ProjectSchedulePolicy.requireEditable(current, new Fields(175, 12, null), 2);
        assertProblem(
                () -> ProjectSchedulePolicy.requireEditable(current, new Fields(175, 13, null), 1),
                "schedule-fixed",
                409);
        assertProblem(
                () -> ProjectSchedulePolicy.requireEditable(current, new Fields(350, 12, null), 1),
                "schedule-fixed",
                409);
        assertProblem(
                () -> ProjectSchedulePolicy.requireEditable(current, new Fields(175, 12, TERM_START), 1),
                "schedule-fixed",
                409);
    }
}
