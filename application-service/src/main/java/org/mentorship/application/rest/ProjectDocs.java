package org.mentorship.application.rest;

/** What the project operations document at length: their descriptions, kept out of the annotations. */
final class ProjectDocs {

    static final String UPDATE = "Send the version you read (409 stale-write otherwise). Once people applied, the "
            + "prerequisite tasks and the term are fixed (409 project-has-applications) and slots "
            + "cannot drop below the accepted mentees (409 slots-below-accepted). The schedule (hours, lengthWeeks, "
            + "startsOn) stays within the term's program, at least 2 weeks per evaluation, 10 to 1000 hours (422 "
            + "schedule-outside-term, schedule-too-short, invalid-project-hours) and is fixed once the project has an "
            + "accepted mentee (409 schedule-fixed); accepted mentees' dates are the project's.";

    private ProjectDocs() {}
}
