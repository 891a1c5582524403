package org.mentorship.platform.person;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of notice the program sends, in one place: a person chooses a {@link Channel} per kind. Decisions,
 * evaluation results, payments and the Letter of Completion are mandatory: they reach the person by e-mail even when
 * they chose the feed only.
 */
public enum NoticeKind {
    DECISION(true),
    ONBOARDING(false),
    PREREQUISITE_REMINDER(false),
    EVALUATION_REMINDER(false),
    EVALUATION_RESULT(true),
    PAYMENT(true),
    PAYEE_DETAILS_REMINDER(false),
    SURVEY_OPEN(false),
    EXAM_REMINDER(false),
    CERTIFICATE(true),
    WEBHOOK_DISABLED(false);

    private final boolean mandatory;

    NoticeKind(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public boolean mandatory() {
        return mandatory;
    }

    /** The name in the API and in events, e.g. evaluation-reminder. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<NoticeKind> of(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(wire)).findFirst();
    }
}
