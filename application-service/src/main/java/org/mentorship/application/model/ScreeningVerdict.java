package org.mentorship.application.model;

/** Why a coordinator screened an application out before review: it is rejected with the verdict and a reason. */
public enum ScreeningVerdict {
    /** Not a real application (a bot, a copy of others): rejected without a mail, see DecisionService.screen. */
    SPAM,
    /** A real applicant the term's rules do not admit: rejected with the normal notice. */
    INELIGIBLE
}
