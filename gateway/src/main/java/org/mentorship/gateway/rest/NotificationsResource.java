package org.mentorship.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.gateway.me.NotificationFeed;
import org.mentorship.gateway.problem.ProblemBodies;
import org.mentorship.gateway.security.Caller;
import org.mentorship.platform.problem.PlatformProblems;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.web.RequestId;

/** The signed-in person's notifications from every service, merged by the gateway. */
@Path("/api/v1/me/notifications")
@Tag(name = "Notifications", description = "What every service told the signed-in person, in one feed")
public class NotificationsResource {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    private static final String SAMPLE_ID = "9b2e4c1a-7d3f-4e5a-8b6c-1d2e3f4a5b6c";

    private final NotificationFeed feed;

    NotificationsResource(NotificationFeed feed) {
        this.feed = feed;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(
            operationId = "listMyNotifications",
            summary = "The caller's notifications from every service, newest first",
            description = "Every service's notices for the caller (any role), fetched in parallel with the caller's "
                    + "token, merged newest first and cut to size. A service that is down or too slow is named in "
                    + "'missing'; the rest still comes back.")
    @APIResponse(
            responseCode = "200",
            description = "The feed, possibly partial",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NotificationSchema.Feed.class),
                            examples = @ExampleObject(name = "mentee", value = """
                            {"items":[
                              {"id":"9b2e4c1a-7d3f-4e5a-8b6c-1d2e3f4a5b6c","service":"stipend","kind":"payee-details-reminder",
                               "subject":"Your payout details are missing","text":"Add them before Tue 14 Jul 2026, 23:59 Europe/Berlin (21:59 UTC).",
                               "channel":"email","createdAt":"2026-07-11T08:00:00Z","readAt":null},
                              {"id":"0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0","service":"evaluation","kind":"evaluation-result",
                               "subject":"Evaluation 2 passed","text":"Your mentor passed evaluation 2.",
                               "channel":"email","createdAt":"2026-07-10T16:30:00Z","readAt":"2026-07-10T18:00:00Z"}],
                             "missing":["certificate"]}""")))
    @APIResponse(
            responseCode = "400",
            description = "invalid-page: size is below 1",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid-page", value = """
                            {"type":"https://mentorship.example.org/problems/invalid-page","title":"Invalid page",
                             "status":400,"detail":"size must be 1 or more","instance":"/api/v1/me/notifications"}""")))
    public CompletionStage<ObjectNode> list(
            @Context RoutingContext ctx,
            @Parameter(description = "true for unread notices only") @QueryParam("unread") Boolean unread,
            @Parameter(
                            description = "How many, newest first (1 to 100; more is cut to 100)",
                            schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("size")
                    Integer size) {
        requireCaller(ctx);
        int n = size == null ? DEFAULT_SIZE : size;
        if (n < 1) {
            throw PlatformProblems.INVALID_PAGE.with("size must be 1 or more");
        }
        return feed.feed(
                        Boolean.TRUE.equals(unread),
                        Math.min(n, MAX_SIZE),
                        ctx.request().getHeader(HttpHeaders.AUTHORIZATION),
                        ctx.request().getHeader(RequestId.HEADER))
                .toCompletionStage();
    }

    @POST
    @Path("/{id}/read")
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(
            operationId = "markMyNotificationRead",
            summary = "Mark one of the caller's notifications read",
            description = "Asks every service; the one that gave the notice marks it read (a second call keeps the "
                    + "first time).")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(
            responseCode = "404",
            description = "not-found: no service has such a notification of the caller's",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "not-found", value = """
                            {"type":"https://mentorship.example.org/problems/not-found","title":"Not found","status":404,
                             "detail":"Notification 9b2e4c1a-7d3f-4e5a-8b6c-1d2e3f4a5b6c does not exist",
                             "instance":"/api/v1/me/notifications/9b2e4c1a-7d3f-4e5a-8b6c-1d2e3f4a5b6c/read"}""")))
    @APIResponse(
            responseCode = "503",
            description = "services-unavailable: none of the services that answered had it, and some did not answer "
                    + "(it may be theirs); nothing was changed",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "services-unavailable", value = """
                            {"type":"https://mentorship.example.org/problems/services-unavailable","title":"Services unavailable",
                             "status":503,"detail":"No answer from certificate; nothing is given in part. Try again shortly",
                             "instance":"/api/v1/me/notifications/9b2e4c1a-7d3f-4e5a-8b6c-1d2e3f4a5b6c/read"}""")))
    public CompletionStage<Response> read(
            @Context RoutingContext ctx,
            @Parameter(description = "The notification's id", example = SAMPLE_ID) @PathParam("id") String id) {
        requireCaller(ctx);
        String instance = ctx.request().path();
        UUID notice;
        try {
            notice = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            // Every notice id is a UUID: nothing to ask the services about.
            return CompletableFuture.completedFuture(notFound(id, instance));
        }
        return feed.markRead(
                        notice,
                        ctx.request().getHeader(HttpHeaders.AUTHORIZATION),
                        ctx.request().getHeader(RequestId.HEADER))
                .map(outcome -> {
                    if (outcome.read()) {
                        return Response.noContent().build();
                    }
                    return outcome.missing().isEmpty()
                            ? notFound(id, instance)
                            : problem(ProblemBodies.servicesUnavailable(outcome.missing(), instance));
                })
                .toCompletionStage();
    }

    static void requireCaller(RoutingContext ctx) {
        if (Caller.of(ctx) == null) {
            // Only if the public-path list was set to include this path: there is no one whose feed this is.
            throw new NotAuthorizedException("Bearer");
        }
    }

    private static Response notFound(String id, String instance) {
        return problem(Problem.of(PlatformProblems.NOT_FOUND, "Notification " + id + " does not exist", instance));
    }

    static Response problem(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
