package org.mentorship.certificate.rest;

import jakarta.enterprise.context.RequestScoped;

import org.mentorship.certificate.model.Completion;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;

/** Object-level rules: a mentee sees only their own records (another's is "not found"), a mentor only their mentees'. */
@RequestScoped
public class Access {

    private final Caller caller;

    Access(Caller caller) {
        this.caller = caller;
    }

    public void requireSees(Completion c) {
        if (caller.is(Roles.COORDINATOR)) {
            return;
        }
        if (caller.is(Roles.MENTOR) && c.mentorIds.contains(caller.userId())) {
            return;
        }
        if (caller.is(Roles.MENTEE) && c.menteeId.equals(caller.userId())) {
            return;
        }
        if (caller.is(Roles.MENTOR)) {
            throw ProblemException.forbidden("You do not mentor mentorship " + c.mentorshipId);
        }
        throw ProblemException.notFound("Completion record of mentorship", c.mentorshipId);
    }
}
