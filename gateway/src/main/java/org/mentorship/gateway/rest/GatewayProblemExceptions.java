package org.mentorship.gateway.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.problem.ProblemException;

/** A rule the gateway's own resources refuse by (e.g. 400 invalid-page), answered as its problem. */
public class GatewayProblemExceptions {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem problem =
                Problem.of(e.type(), e.getMessage(), uri.getRequestUri().getRawPath());
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
