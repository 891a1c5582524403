package org.mentorship.application.rest;

/** What the mentor operations document at length: their descriptions, kept out of the annotations. */
final class MentorDocs {

    static final String LIST = "Every mentor the project has had: invited, active, resigned and replaced, the earliest"
            + " invited first. For coordinators, the admins of the project's organisation and its active mentors;"
            + " a mentor of another project gets 403, anyone else 404.";

    static final String INVITE = "A coordinator or an admin of the project's organisation invites a mentor (INVITED):"
            + " she becomes ACTIVE when she accepts (signing the mentor agreement). Refused: she has an application in"
            + " the project's term (409 mentor-in-term), she is already invited or active (409"
            + " mentor-already-on-project), a second PRIMARY while the project has an active one that she does not"
            + " replace (409 primary-mentor-taken), replacesMentorId names nobody active or resigned on the project"
            + " (422 unknown-replaced-mentor). Another organisation's project does not exist for an org-admin (404).";

    static final String AGREEMENT = "The current mentor agreement: its version is what an acceptance names.";

    static final String ACCEPT = "The invited mentor (only she: anyone else 404) signs the current mentor agreement"
            + " (a snapshot of its text and version, her legal name and the time is kept) and becomes ACTIVE: the"
            + " project's permissions and evaluation-service follow (MentorAssigned, in the same transaction). When"
            + " she replaces an active mentor, that one becomes REPLACED (MentorRemoved with reason REPLACED)."
            + " Refused: not an open invitation (409 mentor-not-invited), another agreement version (409"
            + " mentor-agreement-version-mismatch), she applied in the term meanwhile (409 mentor-in-term), another"
            + " PRIMARY became active meanwhile (409 primary-mentor-taken).";

    static final String RESIGN = "An ACTIVE mentor leaves the project (RESIGNED; MentorRemoved with reason RESIGNED):"
            + " recorded by herself, a coordinator or an admin of the project's organisation. Her running mentorships"
            + " lose her in evaluation-service. Refused when she is not active (409 mentor-not-active); another"
            + " mentor gets 403.";

    private MentorDocs() {}
}
