package org.mentorship.evaluation.model;

/** Reminders of an evaluation: before its due date, on it, after it (to the mentors), and escalated to coordinators. */
public enum ReminderKind {
    UPCOMING,
    DUE_TODAY,
    OVERDUE,
    ESCALATED
}
