package org.mentorship.platform.idempotency;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mentorship.platform.problem.PlatformProblems;

/**
 * Reads the key and the request's fingerprint before the body is consumed: method, path with query, and the SHA-256
 * of the body bytes exactly as sent (the body is handed on unchanged). Only for {@link Idempotent} operations.
 */
public class IdempotencyFilter {

    private final PendingIdempotentRequest pending;

    IdempotencyFilter(PendingIdempotentRequest pending) {
        this.pending = pending;
    }

    @ServerRequestFilter
    public void fingerprint(ContainerRequestContext request, ResourceInfo resource) throws IOException {
        String key = request.getHeaderString(IdempotencyKeys.HEADER);
        if (key == null
                || resource.getResourceMethod() == null
                || !resource.getResourceMethod().isAnnotationPresent(Idempotent.class)) {
            return;
        }
        if (key.isBlank() || key.length() > IdempotentRequest.MAX_KEY) {
            throw PlatformProblems.INVALID_IDEMPOTENCY_KEY.with(
                    "Use 1 to " + IdempotentRequest.MAX_KEY + " characters");
        }
        byte[] body = new byte[0];
        if (request.hasEntity()) {
            body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
        }
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        pending.set(IdempotentRequest.of(null, key, request.getMethod(), path, body));
    }
}
