package org.mentorship.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error a REST endpoint can raise, as problem details: a stable type, a useful detail, no stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response rule(ProblemException e, UriInfo uri) {
        return respond(Problem.of(e.slug(), e.title(), e.status(), e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(PlatformProblems.FORBIDDEN, "Your role does not allow this", path(uri)));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(new Problem(
                PlatformProblems.VALIDATION_FAILED.type(),
                PlatformProblems.VALIDATION_FAILED.title(),
                PlatformProblems.VALIDATION_FAILED.status(),
                "The request has " + violations.size() + " invalid field(s)",
                path(uri),
                violations));
    }

    /** Named separately: Quarkus has a built-in mapper for this subtype that would otherwise answer plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return respond(Problem.of(
                    PlatformProblems.UNKNOWN_FIELD,
                    "Field '" + unknown.getPropertyName() + "' cannot be set by a request",
                    path(uri)));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            return respond(Problem.of(
                    PlatformProblems.MALFORMED_REQUEST,
                    "A field has the wrong type or format: " + e.getOriginalMessage(),
                    path(uri)));
        }
        return respond(Problem.of(PlatformProblems.MALFORMED_REQUEST, "The body is not valid JSON", path(uri)));
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException) {
            return respond(Problem.of(PlatformProblems.NOT_FOUND, "No resource at this path", path(uri)));
        }
        if (e instanceof NotAllowedException) {
            return respond(
                    Problem.of(PlatformProblems.NOT_ALLOWED, "This path does not accept that method", path(uri)));
        }
        if (e instanceof NotSupportedException) {
            return respond(Problem.of(
                    PlatformProblems.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json", path(uri)));
        }
        if (e instanceof NotAcceptableException) {
            return respond(
                    Problem.of(PlatformProblems.NOT_ACCEPTABLE, "This resource answers application/json", path(uri)));
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "HTTP " + status;
        String detail =
                family == Response.Status.Family.SERVER_ERROR ? "The request could not be completed" : e.getMessage();
        return respond(Problem.of(slug(title), title, status, detail, path(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseUnavailable.is(e)) {
            LOG.warnf("Database unavailable on %s: %s", path(uri), e.getMessage());
            return Response.fromResponse(respond(Problem.of(
                            PlatformProblems.DATABASE_UNAVAILABLE,
                            "The service's database cannot take this request right now; nothing was changed. Retry after "
                                    + DatabaseUnavailable.RETRY_AFTER_SECONDS + " s",
                            path(uri))))
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.error("Unexpected error on " + path(uri), e);
        return respond(Problem.of(
                PlatformProblems.INTERNAL_ERROR, "The request could not be completed; it has been logged", path(uri)));
    }

    private Response unauthorized(UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(
                        PlatformProblems.UNAUTHENTICATED,
                        "Send a valid bearer token (Authorization: Bearer ...)",
                        path(uri))))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    private Response stale(UriInfo uri) {
        return respond(Problem.of(
                PlatformProblems.STALE_WRITE,
                "Someone changed this record since you read it; read it again and retry",
                path(uri)));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** "create.request.mentorshipId" -> "mentorshipId": the client knows its fields, not our method names. */
    private static String field(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : propertyPath;
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
