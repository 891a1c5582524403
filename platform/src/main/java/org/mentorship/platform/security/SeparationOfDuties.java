package org.mentorship.platform.security;

import org.mentorship.platform.problem.PlatformProblems;
import org.mentorship.platform.problem.ProblemException;

/**
 * Separation of duties (DESIGN.md, "Roles"): nobody approves, recommends, decides, evaluates, records results for or
 * pays a case in which they are the applicant, mentee or payee, whatever roles their token holds. A token may carry
 * mentor and mentee (or coordinator and mentee) at once, so a role check alone lets such a user act on her own case;
 * every service runs its acting endpoints through this one rule, after its role and object checks.
 */
public final class SeparationOfDuties {

    /** The problem type's slug: {@code https://mentorship.example.org/problems/self-dealing}. */
    public static final String SELF_DEALING = PlatformProblems.SELF_DEALING.slug();

    private SeparationOfDuties() {}

    /** Whether the acting user is the person the record is about (its applicant, mentee or payee). */
    public static boolean isSelf(String actorId, String subjectUserId) {
        return actorId != null && actorId.equals(subjectUserId);
    }

    /**
     * 403 self-dealing when the acting user is the subject of the record; thrown before anything changes, so the
     * transaction has nothing to undo.
     *
     * @param action what someone else must do, e.g. "approve this prerequisite"
     */
    public static void requireNotSelf(String actorId, String subjectUserId, String action) {
        if (isSelf(actorId, subjectUserId)) {
            throw refusal("You are the applicant, mentee or payee of this case: someone else must " + action);
        }
    }

    /** The 403 self-dealing answer, for a service whose case reads better in its own words (e.g. applying). */
    public static ProblemException refusal(String detail) {
        return PlatformProblems.SELF_DEALING.with(detail);
    }
}
