package org.mentorship.platform.problem;

import java.util.regex.Pattern;

/**
 * One kind of error answer, as a service's problem catalogue lists it: the stable slug clients switch on (the
 * {@code type} is {@link Problem#TYPE_BASE} + slug), its status, its title and when it is answered. Each service
 * keeps its types as constants of one class ({@code ApplicationProblems}, ...), named by
 * {@code mentorship.problems.catalogue}; {@link PlatformProblems} holds the ones every service answers. Every throw
 * names one ({@code throw NO_FREE_SLOT.with("...")}), and the OpenAPI document publishes the catalogue
 * ({@code x-problem-types}) with the same titles the server answers.
 *
 * <p>A record rather than an enum per service: the shape and its checks are written once, here.
 */
public record ProblemType(int status, String slug, String title, String description) {

    private static final Pattern SLUG = Pattern.compile("[a-z]+(?:-[a-z0-9]+)*");

    public ProblemType {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem's status is 4xx or 5xx, not " + status + " (" + slug + ")");
        }
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A problem's slug is kebab-case: " + slug);
        }
        if (title == null || title.isBlank() || description == null || description.isBlank()) {
            throw new IllegalArgumentException("Problem " + slug + " needs a title and a description");
        }
    }

    /** The refusal of one request, with what exactly is wrong in it. */
    public ProblemException with(String detail) {
        return new ProblemException(this, detail);
    }

    public String type() {
        return Problem.TYPE_BASE + slug;
    }
}
