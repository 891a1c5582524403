package org.mentorship.gateway.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mentorship.gateway.problem.ProblemBodies;
import org.mentorship.platform.problem.Problem;

/** The gateway's own REST endpoints fail the same way the proxied ones do: as problem details. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return respond(ProblemBodies.notFound(path(uri)));
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        // The reason phrase as title and slug (405 method-not-allowed, 415 unsupported-media-type, ...), as ever.
        Response.StatusType type = e.getResponse().getStatusInfo();
        String title = type.getReasonPhrase();
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return respond(Problem.of(slug, title, status, "The request was refused: " + title, path(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected error on " + path(uri), e);
        return respond(ProblemBodies.internalError(path(uri)));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
