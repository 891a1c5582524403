package org.mentorship.evaluation.model;

/** What a mentor decides at an evaluation. */
public enum Outcome {
    PASS,
    FAIL,
    EXTEND
}
