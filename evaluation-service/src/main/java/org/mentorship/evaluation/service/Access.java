package org.mentorship.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.policy.MenteeFeedbackPolicy;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.ObjectAccess;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.security.SeparationOfDuties;

/**
 * Object-level rules for one mentorship: a mentee sees only their own (another's is reported absent, 404), a mentor
 * only the mentorships they mentor (403), a coordinator all, an org-admin those of the organisations her token names
 * (another organisation's is absent, 404) and follows them up as a coordinator does (reviews, submissions on behalf,
 * the mentee's feedback), never one she is the mentee or a mentor of.
 */
@ApplicationScoped
public class Access {

    private final Caller caller;

    Access(Caller caller) {
        this.caller = caller;
    }

    public String userId() {
        return caller.userId();
    }

    public boolean isCoordinator() {
        return caller.is(Roles.COORDINATOR);
    }

    public boolean isMentorRole() {
        return caller.is(Roles.MENTOR);
    }

    /** An org-admin of this mentorship's organisation. */
    public boolean isOrgAdminOf(Mentorship m) {
        return caller.is(Roles.ORG_ADMIN) && caller.administers(m.organization);
    }

    /** Program staff for this mentorship: a coordinator, or an org-admin of its organisation. */
    public boolean isStaffOf(Mentorship m) {
        return isCoordinator() || isOrgAdminOf(m);
    }

    /**
     * The organisations a list, export or statistics reads: null for every one (a coordinator without a filter),
     * else the one asked for, or an org-admin's own. An org-admin asking for another organisation is told it does not
     * exist (404), as for one of its mentorships.
     */
    public java.util.Set<String> organizations(String organization) {
        if (isCoordinator()) {
            return organization == null ? null : java.util.Set.of(organization);
        }
        java.util.Set<String> own = caller.organizations();
        if (organization == null) {
            return own;
        }
        if (!own.contains(organization)) {
            throw ProblemException.notFound("Organization", organization);
        }
        return java.util.Set.of(organization);
    }

    /** Whether the caller reads lists by organisation (an org-admin who is not a coordinator). */
    public boolean readsByOrganization() {
        return !isCoordinator() && caller.is(Roles.ORG_ADMIN);
    }

    public boolean isMentorOf(Mentorship m) {
        return caller.is(Roles.MENTOR) && m.isMentor(caller.userId());
    }

    public boolean isMenteeOf(Mentorship m) {
        return caller.is(Roles.MENTEE) && m.menteeId.equals(caller.userId());
    }

    /** Whether the caller is this mentorship's mentee, whatever other roles her token holds. */
    public boolean isSelf(Mentorship m) {
        return caller.isSelf(m.menteeId);
    }

    /**
     * The mentee's view hides what is for mentors and coordinators only (private comments). The most restrictive role
     * that applies wins: the mentee of this mentorship reads it as the mentee, whatever other roles her token holds.
     */
    public boolean seesPrivate(Mentorship m) {
        return !isSelf(m) && (isStaffOf(m) || isMentorOf(m));
    }

    /** 403 self-dealing when the caller is the mentee: nobody evaluates, extends, reopens or ends their own. */
    public void requireNotMentee(Mentorship m, String action) {
        caller.requireNotSelf(m.menteeId, action);
    }

    /**
     * The mentee of this mentorship only (the program output is hers): a mentor or coordinator may know it exists
     * (403), anyone else is told it does not (404).
     */
    public void requireMenteeSelf(Mentorship m) {
        requireMenteeSelf(m, "submits its program output");
    }

    /** As {@link #requireMenteeSelf(Mentorship)}, for another act of hers, e.g. "appeals its FAIL". */
    public void requireMenteeSelf(Mentorship m, String act) {
        ObjectAccess rule = ObjectAccess.to(caller, "Mentorship", m.id)
                .self(Roles.MENTEE, m.menteeId)
                .forbiddenWhen(
                        () -> isMentorOf(m) || isCoordinator(), "Only the mentee of mentorship " + m.id + " " + act);
        outsiders(rule, m).require();
    }

    /**
     * A coordinator, or an org-admin of its organisation, deciding a FAIL under review: never of a mentorship she is
     * the mentee (403 self-dealing) or a mentor of (the FAIL is her side's), whatever other roles her token holds.
     */
    public void requireReviewer(Mentorship m) {
        if (!isStaffOf(m)) {
            throw ProblemException.forbidden("Only a coordinator or an org-admin decides the review of a FAIL");
        }
        requireNotMentee(m, "decide this review");
        if (m.isMentor(caller.userId())) {
            throw SeparationOfDuties.refusal(
                    "You mentor mentorship " + m.id + ": another coordinator decides the review of its FAIL");
        }
    }

    /**
     * A coordinator, or an org-admin of its organisation, submitting for an absent mentor: never for a mentorship she
     * is the mentee of (self-dealing). An org-admin of another organisation is told it does not exist (404).
     */
    public void requireOnBehalf(Mentorship m) {
        ObjectAccess.to(caller, "Mentorship", m.id)
                .role(Roles.COORDINATOR)
                .orgAdmin(() -> m.organization)
                .forbiddenWhen(
                        () -> caller.isAny(Roles.MENTOR, Roles.MENTEE, Roles.FINANCE, Roles.PARTNER),
                        "Only a coordinator or an org-admin submits on behalf of an absent mentor")
                .require();
        requireNotMentee(m, "submit this evaluation");
    }

    /**
     * The mentee's evaluation of the mentorship is for coordinators and herself, never its mentors: a coordinator who
     * also mentors it reads as its mentor.
     */
    public boolean seesMenteeFeedback(Mentorship m) {
        return MenteeFeedbackPolicy.visible(isSelf(m), isStaffOf(m), m.isMentor(caller.userId()));
    }

    public void requireRead(Mentorship m) {
        rule(m).role(Roles.COORDINATOR)
                .member(Roles.MENTOR, m::isMentor)
                .self(Roles.MENTEE, m.menteeId)
                .orgAdmin(() -> m.organization)
                .require();
    }

    /**
     * Mentors of this mentorship (and coordinators, where {@code coordinatorToo}) only, acting on it: never its own
     * mentee (403 self-dealing), whatever other roles her token holds.
     *
     * @param action what someone else must do, e.g. "submit this evaluation"
     */
    public void requireMentor(Mentorship m, boolean coordinatorToo, String action) {
        requireStaff(m, coordinatorToo);
        requireNotMentee(m, action);
    }

    /** Mentors and coordinators reading what is closed to the mentee; its mentee reads as the mentee (403). */
    public void requireStaffRead(Mentorship m) {
        if (isSelf(m)) {
            throw ProblemException.forbidden("You are the mentee of mentorship " + m.id + "; this is for its mentors");
        }
        requireStaff(m, true);
    }

    private void requireStaff(Mentorship m, boolean coordinatorToo) {
        ObjectAccess rule = ObjectAccess.to(caller, "Mentorship", m.id).member(Roles.MENTOR, m::isMentor);
        if (coordinatorToo) {
            rule.role(Roles.COORDINATOR);
        }
        rule.forbiddenWhen(() -> isMenteeOf(m) || isStaffOf(m), "Only a mentor of mentorship " + m.id + " may do this");
        outsiders(rule, m).require();
    }

    /** Who may see the mentorship, when not let in: mentors, finance and partners know it exists (403). */
    private ObjectAccess rule(Mentorship m) {
        return outsiders(ObjectAccess.to(caller, "Mentorship", m.id), m);
    }

    private static ObjectAccess outsiders(ObjectAccess rule, Mentorship m) {
        return rule.forbiddenFor(
                "Mentorship " + m.id + " is not one you mentor", Roles.MENTOR, Roles.FINANCE, Roles.PARTNER);
    }
}
