package org.mentorship.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorship.application.policy.ReviewPolicyTest.assertProblem;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mentorship.application.model.Term;

/** The applying rules of stage 1 on their own. */
class ApplyingPolicyTest {

    private static final Instant OPENS = Instant.parse("2027-01-10T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-02-10T00:00:00Z");

    @Test
    void aTermTakesApplicationsFromItsOpeningUntilItsClose() {
        Term term = term();
        ApplyingPolicy.requireOpen(term, OPENS);
        ApplyingPolicy.requireOpen(term, CLOSES.minusNanos(1_000));
        assertProblem(() -> ApplyingPolicy.requireOpen(term, OPENS.minusSeconds(1)), "term-closed", 409);
        assertProblem(() -> ApplyingPolicy.requireOpen(term, CLOSES), "term-closed", 409);
        assertThat(term.isOpenAt(CLOSES)).isFalse();
    }

    @Test
    void oneApplicationPerProject() {
        ApplyingPolicy.requireFirstToProject(false);
        assertProblem(() -> ApplyingPolicy.requireFirstToProject(true), "already-applied", 409);
    }

    @Test
    void atMostThreeApplicationsPerTermByDefault() {
        ApplyingPolicy policy = new ApplyingPolicy(ApplyingPolicy.DEFAULT_MAX_PER_TERM);
        policy.requireBelowLimit(2);
        assertProblem(() -> policy.requireBelowLimit(3), "application-limit-reached", 409);
    }

    @Test
    void aDeploymentSetsItsOwnLimit() {
        ApplyingPolicy policy = new ApplyingPolicy(5);
        policy.requireBelowLimit(4);
        assertProblem(() -> policy.requireBelowLimit(5), "application-limit-reached", 409);
    }

    private static Term term() {
        Term term = new Term();
        term.name = "2027 Spring";
        term.applicationsOpenAt = OPENS;
        term.applicationsCloseAt = CLOSES;
        term.reviewDays = 21;
        return term;
    }
}
