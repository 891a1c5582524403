package org.mentorship.platform.problem;

/**
 * A request the program's rules refuse. Thrown from services as {@code throw NO_FREE_SLOT.with(detail)}, the type
 * always one of a catalogue's; the resource layer turns it into a problem response with a stable {@code type}
 * ({@link Problem#TYPE_BASE} + slug), and the transaction rolls back.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;

    public ProblemException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public static ProblemException notFound(String what, Object id) {
        return PlatformProblems.NOT_FOUND.with(what + " " + id + " does not exist");
    }

    /** A known caller reaching for something outside their part of the program (e.g. a mentor of another project). */
    public static ProblemException forbidden(String detail) {
        return PlatformProblems.FORBIDDEN.with(detail);
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return type.status();
    }

    public String slug() {
        return type.slug();
    }

    public String title() {
        return type.title();
    }
}
