package org.mentorship.evaluation.model;

/** How much responsibility a task carries: the plan grows from starter tasks to advanced work. */
public enum TaskKind {
    STARTER,
    STANDARD,
    ADVANCED
}
