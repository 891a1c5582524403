package org.mentorship.platform.security;

/** The roles of the program, as they arrive in the JWT {@code groups} claim (see DESIGN.md, "Roles"). */
public final class Roles {
    public static final String MENTEE = "mentee";
    public static final String MENTOR = "mentor";
    public static final String COORDINATOR = "coordinator";
    public static final String FINANCE = "finance";
    /** A machine client of a partner system (e.g. a learning platform), limited to its integration. */
    public static final String PARTNER = "partner";
    /**
     * An organisation's admin: runs the projects, mentors, selection, onboarding checks, evaluation follow-up and the
     * payments view of the organisations named in the token's {@link #ORGANIZATIONS_CLAIM} claim, nothing of another.
     */
    public static final String ORG_ADMIN = "org-admin";
    /** The token claim (an array of organisation names, as projects name them) an {@link #ORG_ADMIN} runs. */
    public static final String ORGANIZATIONS_CLAIM = "organizations";
    /** Operations staff: health of the event flow (dead letters and their replay), no program data beyond that. */
    public static final String OPS = "ops";

    private Roles() {}
}
