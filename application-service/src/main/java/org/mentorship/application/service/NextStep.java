package org.mentorship.application.service;

import java.time.Instant;
import java.time.ZoneOffset;

/** What the applicant must do next, by when (null when nothing is left to do). */
public record NextStep(String action, String description, Instant deadline) {

    static NextStep none(String description) {
        return new NextStep("NONE", description, null);
    }

    static Instant startOfDay(java.time.LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
