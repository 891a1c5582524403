package org.mentorship.application.policy;

import static org.mentorship.application.problem.ApplicationProblems.ELIGIBILITY_UNANSWERED;
import static org.mentorship.application.problem.ApplicationProblems.NOT_ELIGIBLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorship.application.model.EligibilityAnswer;
import org.mentorship.application.model.EligibilityRules;

/**
 * A term's eligibility rules on one applicant's answer (issue 18). Two kinds:
 * <ul>
 * <li>refusing rules: applying is refused, 422 {@code not-eligible}, its detail starting with the rule's name
 * ({@value #MINIMUM_HOURS}, {@value #MINIMUM_AGE}); a term with rules and no answer yet is 422
 * {@code eligibility-unanswered} (a type of its own: the client's next step is the questions, not an appeal);
 * <li>flag rules: the application is taken, carrying the rule's name for its reviewers
 * ({@value #STIPEND_COUNTRY}: no stipend can be paid in the applicant's country; {@value #OTHER_COMMITMENTS}: more
 * hours of other commitments than the term's threshold).
 * </ul>
 * A term without rules asks nothing: everyone may apply and nothing is flagged.
 */
public final class EligibilityPolicy {

    public static final String MINIMUM_HOURS = "minimum-hours";
    public static final String MINIMUM_AGE = "minimum-age";
    public static final String STIPEND_COUNTRY = "stipend-country";
    public static final String OTHER_COMMITMENTS = "other-commitments";

    /** The minimum age of a term that takes adults only. */
    public static final int ADULT_AGE = 18;

    private EligibilityPolicy() {}

    /**
     * Refuses (not-eligible, eligibility-unanswered) or returns the flag rules the answer meets, in a stable order.
     *
     * @param rules the term's rules; empty when it has none
     * @param answer the applicant's answer for the term; empty when she has not answered
     */
    public static List<String> assess(Optional<EligibilityRules> rules, Optional<EligibilityAnswer> answer) {
        if (rules.isEmpty()) {
            return List.of();
        }
        EligibilityRules r = rules.get();
        EligibilityAnswer a = answer.orElseThrow(() -> ELIGIBILITY_UNANSWERED.with(
                "Answer this term's eligibility questions first (PUT /api/v1/terms/" + r.termId + "/eligibility)"));
        if (r.minHoursPerWeek != null && a.hoursPerWeek < r.minHoursPerWeek) {
            throw NOT_ELIGIBLE.with(
                    MINIMUM_HOURS + ": " + a.hoursPerWeek + " hours a week is below this term's " + r.minHoursPerWeek);
        }
        if (r.adultsOnly && !a.over18) {
            throw NOT_ELIGIBLE.with(MINIMUM_AGE + ": this term takes applicants over " + ADULT_AGE + " only");
        }
        List<String> flags = new ArrayList<>();
        if (!r.paidCountries.isEmpty() && !r.paidCountries.contains(a.country)) {
            flags.add(STIPEND_COUNTRY);
        }
        if (r.flagOtherCommitmentsOverHours != null && a.otherCommitmentHours > r.flagOtherCommitmentsOverHours) {
            flags.add(OTHER_COMMITMENTS);
        }
        return List.copyOf(flags);
    }
}
