package org.mentorship.application.model;

/** What an applicant hands in for a prerequisite: a link (e.g. a merged pull request) or a text. */
public enum EvidenceKind {
    LINK,
    TEXT
}
