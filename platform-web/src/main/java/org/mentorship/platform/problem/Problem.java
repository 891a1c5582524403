package org.mentorship.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem details body. {@code type} is stable per kind of error; clients switch on it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://mentorship.example.org/problems/";

    /** One invalid field of a request. */
    public record Violation(String field, String message) {}

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.type(), type.title(), type.status(), detail, instance, null);
    }

    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem(TYPE_BASE + slug, title, status, detail, instance, null);
    }
}
