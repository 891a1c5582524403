package org.mentorship.application.rest;

/** What the project operations document at length: their descriptions, kept out of the annotations. */
final class ProjectDocs {

    static final String UPDATE = "Send the version you read (409 stale-write otherwise). Once people applied, the "
            + "prerequisite tasks and the term are fixed (409 project-has-applications) and slots "
            + "cannot drop below the accepted mentees (409 slots-below-accepted).";

    private ProjectDocs() {}
}
