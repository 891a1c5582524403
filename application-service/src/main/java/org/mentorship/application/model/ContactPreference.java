package org.mentorship.application.model;

/** How the applicant wants to hear the result: an email, or a call from a coordinator. */
public enum ContactPreference {
    EMAIL,
    PHONE
}
