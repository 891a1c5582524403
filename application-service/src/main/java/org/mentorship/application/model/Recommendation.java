package org.mentorship.application.model;

/** A mentor's advice to the deciding coordinator. */
public enum Recommendation {
    ACCEPT,
    REJECT
}
