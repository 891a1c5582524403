package org.mentorship.certificate.rest;

import jakarta.enterprise.context.RequestScoped;
import org.mentorship.certificate.model.Completion;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.ObjectAccess;
import org.mentorship.platform.security.Roles;

/** Object-level rules: a mentee sees only their own records (another's is "not found"), a mentor only their mentees'. */
@RequestScoped
public class Access {

    private final Caller caller;

    Access(Caller caller) {
        this.caller = caller;
    }

    public void requireSees(Completion c) {
        ObjectAccess.to(caller, "Completion record of mentorship", c.mentorshipId)
                .role(Roles.COORDINATOR)
                .member(Roles.MENTOR, c.mentorIds)
                .self(Roles.MENTEE, c.menteeId)
                .forbiddenFor("You do not mentor mentorship " + c.mentorshipId, Roles.MENTOR)
                .require();
    }

    /** The record's mentee only (her choices): a mentor or coordinator may know it exists (403), others 404. */
    public void requireMentee(Completion c) {
        ObjectAccess.to(caller, "Completion record of mentorship", c.mentorshipId)
                .self(Roles.MENTEE, c.menteeId)
                .forbiddenFor("Only the mentee of mentorship " + c.mentorshipId + " decides this", Roles.COORDINATOR)
                .forbiddenWhen(
                        () -> caller.is(Roles.MENTOR) && c.mentorIds.contains(caller.userId()),
                        "Only the mentee of mentorship " + c.mentorshipId + " decides this")
                .forbiddenFor("You do not mentor mentorship " + c.mentorshipId, Roles.MENTOR)
                .require();
    }
}
