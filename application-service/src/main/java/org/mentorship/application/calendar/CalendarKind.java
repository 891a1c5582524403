package org.mentorship.application.calendar;

/** What a calendar entry is about (its CATEGORIES in the feed). */
public enum CalendarKind {
    REVIEW_END,
    PREREQUISITES_DUE,
    EVALUATION_WINDOW,
    EVALUATION_DUE,
    PAYMENT_EXPECTED,
    SURVEY_OPEN,
    REQUIREMENTS_DUE,
    /** The accepted mentee's project, from its start to its end (its own schedule within the term). */
    PROJECT_DATES
}
