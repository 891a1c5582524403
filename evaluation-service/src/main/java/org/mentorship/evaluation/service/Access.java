package org.mentorship.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;

/**
 * Object-level rules for one mentorship: a mentee sees only their own (another's is reported absent, 404), a mentor
 * only the mentorships they mentor (403), a coordinator all.
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

    public boolean isMentorOf(Mentorship m) {
        return caller.is(Roles.MENTOR) && m.isMentor(caller.userId());
    }

    public boolean isMenteeOf(Mentorship m) {
        return caller.is(Roles.MENTEE) && m.menteeId.equals(caller.userId());
    }

    /** The mentee's view hides what is for mentors and coordinators only (private comments). */
    public boolean seesPrivate(Mentorship m) {
        return isCoordinator() || isMentorOf(m);
    }

    public void requireRead(Mentorship m) {
        if (isCoordinator() || isMentorOf(m) || isMenteeOf(m)) {
            return;
        }
        throw refusal(m);
    }

    /** Mentors of this mentorship (and coordinators, where {@code coordinatorToo}) only. */
    public void requireMentor(Mentorship m, boolean coordinatorToo) {
        if (isMentorOf(m) || (coordinatorToo && isCoordinator())) {
            return;
        }
        if (isMenteeOf(m) || isCoordinator()) {
            throw ProblemException.forbidden("Only a mentor of mentorship " + m.id + " may do this");
        }
        throw refusal(m);
    }

    /** The mentee of this mentorship, its mentors, or a coordinator. */
    public void requireParticipant(Mentorship m) {
        requireRead(m);
    }

    private ProblemException refusal(Mentorship m) {
        if (caller.isAny(Roles.MENTOR, Roles.FINANCE, Roles.PARTNER)) {
            return ProblemException.forbidden("Mentorship " + m.id + " is not one you mentor");
        }
        return ProblemException.notFound("Mentorship", m.id);
    }
}
