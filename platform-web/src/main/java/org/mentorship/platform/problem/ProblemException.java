package org.mentorship.platform.problem;

/**
 * A request the program's rules refuse. Thrown from services; the resource layer turns it into a problem
 * response with a stable {@code type} ({@link Problem#TYPE_BASE} + slug), and the transaction rolls back.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;

    /** Thrown as {@code throw NO_FREE_SLOT.with(detail)}: the type comes from the service's catalogue. */
    public ProblemException(ProblemType type, String detail) {
        this(type.status(), type.slug(), type.title(), detail);
    }

    /** @deprecated a type named inline escapes the catalogue; name it in the service's {@link ProblemType} enum. */
    @Deprecated(forRemoval = true)
    public ProblemException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static ProblemException notFound(String what, Object id) {
        return PlatformProblems.NOT_FOUND.with(what + " " + id + " does not exist");
    }

    /** A known caller reaching for something outside their part of the program (e.g. a mentor of another project). */
    public static ProblemException forbidden(String detail) {
        return PlatformProblems.FORBIDDEN.with(detail);
    }

    /** @deprecated name the type in the service's catalogue and throw {@code TYPE.with(detail)}. */
    @Deprecated(forRemoval = true)
    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(409, slug, title, detail);
    }

    /** @deprecated name the type in the service's catalogue and throw {@code TYPE.with(detail)}. */
    @Deprecated(forRemoval = true)
    public static ProblemException unprocessable(String slug, String title, String detail) {
        return new ProblemException(422, slug, title, detail);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
