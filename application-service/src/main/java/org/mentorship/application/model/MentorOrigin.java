package org.mentorship.application.model;

/** How a mentor came to a project. */
public enum MentorOrigin {
    /** Named when a coordinator created the project: ACTIVE at once, no agreement, no capacity limit. */
    CREATION,
    /** Added by a coordinator's edit of the project's mentorIds: as CREATION. */
    EDIT,
    /** Invited (with a capacity) and ACTIVE once she signed the mentor agreement. */
    INVITATION
}
