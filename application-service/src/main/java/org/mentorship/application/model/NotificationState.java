package org.mentorship.application.model;

/** PENDING (not sent yet, or retrying after a failure) -> SENT, or FAILED after the last attempt. */
public enum NotificationState {
    PENDING,
    SENT,
    FAILED
}
