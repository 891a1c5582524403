package org.mentorship.certificate.service;

import java.util.List;

/**
 * One question of the feedback survey.
 *
 * @param key stable id the answers refer to (e.g. {@code mentor-support})
 * @param kind RATING (an integer 0 to 10), CHOICE (one of {@code options}) or TEXT (free text)
 */
public record SurveyQuestion(String key, String text, Kind kind, List<String> options, boolean required) {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SurveyQuestionKind")
    public enum Kind {
        RATING,
        CHOICE,
        TEXT
    }

    public static final int RATING_MIN = 0;
    public static final int RATING_MAX = 10;
    public static final int TEXT_MAX = 4000;
}
