package org.mentorship.platform.problem;

/**
 * One kind of error answer, as a service's problem catalogue lists it: the stable slug clients switch on (the
 * {@code type} is {@link Problem#TYPE_BASE} + slug), its status, its title and when it is answered. Each service
 * keeps its types in one enum implementing this ({@code ApplicationProblems}, ...), named by
 * {@code mentorship.problems.catalogue}; {@link PlatformProblems} holds the ones every service answers. Every throw
 * names one ({@code throw NO_FREE_SLOT.with("...")}), and {@link ProblemDocumentation} publishes the catalogue in the
 * OpenAPI document ({@code x-problem-types}) with the same titles the server answers.
 */
public interface ProblemType {

    String slug();

    int status();

    String title();

    /** When this is answered, in the program's words: what the catalogue in the OpenAPI document says of it. */
    String description();

    /** The refusal of one request, with what exactly is wrong in it. */
    default ProblemException with(String detail) {
        return new ProblemException(this, detail);
    }

    default String type() {
        return Problem.TYPE_BASE + slug();
    }
}
