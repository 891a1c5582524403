package org.mentorship.gateway.limit;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentorship.gateway.problem.ProblemBodies;
import org.mentorship.gateway.problem.ProblemRoutes;

/**
 * The request body limit ({@code quarkus.http.limits.max-body-size}), answered as a problem document. A declared
 * Content-Length over the limit is refused before a byte of the body is read; a chunked body (no length) is
 * collected by the proxy through {@link #collect}, which stops at the limit. Quarkus' own check of the same
 * setting answers with an empty body, and only when a length is declared.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** After CORS (300), so a refused browser call still carries the CORS headers it needs to read the refusal. */
    private static final int PRIORITY = 250;

    /** Past this much (beyond the limit) the rest of a refused body is not read but the connection closed. */
    private static final long DRAIN_FACTOR = 4;

    private final long limit;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    public long limit() {
        return limit;
    }

    void register(@Observes Filters filters) {
        filters.register(this::checkDeclaredLength, PRIORITY);
    }

    private void checkDeclaredLength(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && parse(declared) > limit) {
            refuse(ctx);
            return;
        }
        ctx.next();
    }

    /** A body without a declared length (chunked) must be read before it is known to fit. */
    public static boolean hasUndeclaredLength(HttpServerRequest request) {
        return request.getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /**
     * Reads the whole body into memory if it fits; otherwise answers 413 and fails the future (the caller then
     * does nothing more). At most {@code limit} bytes are ever held.
     */
    public Future<Buffer> collect(RoutingContext ctx) {
        Promise<Buffer> promise = Promise.promise();
        Buffer body = Buffer.buffer();
        HttpServerRequest request = ctx.request();
        request.handler(chunk -> {
            if (body.length() + chunk.length() > limit) {
                promise.tryFail("body over the limit");
                refuse(ctx);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(promise::tryFail);
        request.endHandler(v -> promise.tryComplete(body));
        request.resume();
        return promise.future();
    }

    private void refuse(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        // The client may still be sending: do not keep the connection for another request.
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        ProblemRoutes.send(ctx.response(), ProblemBodies.payloadTooLarge(limit, ctx.normalizedPath()));
        // Read and drop the rest for a while, so a client that writes its whole body before reading the answer
        // gets the 413 rather than a reset connection; a body far over the limit is cut off.
        long[] discarded = {0};
        request.handler(chunk -> {
            discarded[0] += chunk.length();
            if (discarded[0] > DRAIN_FACTOR * limit) {
                request.connection().close();
            }
        });
        request.endHandler(v -> request.connection().close());
        request.resume();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            // Not a number: Vert.x refuses such a request itself; nothing to limit here.
            return -1;
        }
    }
}
