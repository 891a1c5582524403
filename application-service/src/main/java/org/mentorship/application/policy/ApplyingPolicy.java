package org.mentorship.application.policy;

import static org.mentorship.application.problem.ApplicationProblems.ALREADY_APPLIED;
import static org.mentorship.application.problem.ApplicationProblems.APPLICATION_LIMIT_REACHED;
import static org.mentorship.application.problem.ApplicationProblems.TERM_CLOSED;

import java.time.Instant;
import org.mentorship.application.model.Term;

/**
 * The applying rules of stage 1, in one place:
 * <ol>
 * <li>a term takes applications from its opening until (not including) its close;
 * <li>one application per project, whatever became of an earlier one;
 * <li>at most {@value #DEFAULT_MAX_PER_TERM} applications per person and term by default (a deployment sets its own);
 * withdrawn ones do not count.
 * </ol>
 */
public final class ApplyingPolicy {

    public static final int DEFAULT_MAX_PER_TERM = 3;

    private final int maxPerTerm;

    public ApplyingPolicy(int maxPerTerm) {
        this.maxPerTerm = maxPerTerm;
    }

    public int maxPerTerm() {
        return maxPerTerm;
    }

    /** Whether a term with this window takes applications at {@code now}. */
    public static boolean isOpen(Instant opensAt, Instant closesAt, Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public static void requireOpen(Term term, Instant now) {
        if (!term.isOpenAt(now)) {
            throw TERM_CLOSED.with("Term '" + term.name + "' takes applications from " + term.applicationsOpenAt
                    + " until " + term.applicationsCloseAt);
        }
    }

    public static void requireFirstToProject(boolean alreadyAppliedToProject) {
        if (alreadyAppliedToProject) {
            throw ALREADY_APPLIED.with("There is already an application of yours to this project");
        }
    }

    /** @param activeInTerm the applicant's applications of the term that are not withdrawn */
    public void requireBelowLimit(long activeInTerm) {
        if (activeInTerm >= maxPerTerm) {
            throw APPLICATION_LIMIT_REACHED.with(
                    "At most " + maxPerTerm + " applications per term; you have " + activeInTerm);
        }
    }
}
