package org.mentorship.application.model;

/** A mentor's place on a project: one primary mentor (at most one active), any number of co-mentors. */
public enum MentorRole {
    PRIMARY,
    CO_MENTOR
}
