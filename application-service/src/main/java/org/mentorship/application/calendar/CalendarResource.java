package org.mentorship.application.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/me")
@Tag(name = "Calendar", description = "The caller's program dates as a calendar feed for calendar apps")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar";

    /** The feed's URL, holding its token. */
    @Schema(name = "CalendarFeed")
    public record FeedDto(
            @Schema(description = "The feed's URL for a calendar app; it holds the token, shown only now")
            String url,

            Instant createdAt) {}

    private final CalendarFeeds feeds;
    private final Caller caller;

    CalendarResource(CalendarFeeds feeds, Caller caller) {
        this.feeds = feeds;
        this.caller = caller;
    }

    @POST
    @Path("calendar-feed")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.FINANCE, Roles.PARTNER})
    @Operation(
            operationId = "rotateCalendarFeed",
            summary = "Make or renew my calendar feed",
            description = CalendarDocs.ROTATE)
    @APIResponse(
            responseCode = "201",
            description = "The feed, with its new URL",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FeedDto.class),
                            examples = @ExampleObject(name = "feed", value = CalendarDocs.FEED_LINK)))
    public Response rotate() {
        CalendarFeeds.Feed feed = feeds.rotate(caller.userId());
        return Response.status(Response.Status.CREATED)
                .entity(new FeedDto(feed.url(), feed.createdAt()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Path("calendar-feed")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.FINANCE, Roles.PARTNER})
    @Operation(
            operationId = "revokeCalendarFeed",
            summary = "Revoke my calendar feed",
            description = CalendarDocs.REVOKE)
    @APIResponse(responseCode = "204", description = "Revoked: the feed URL no longer works")
    public void revoke() {
        feeds.revoke(caller.userId());
    }

    @GET
    @Path("calendar.ics")
    @PermitAll
    @Produces(TEXT_CALENDAR)
    @Operation(operationId = "getCalendarFeed", summary = "Read a calendar feed", description = CalendarDocs.FEED)
    @APIResponse(
            responseCode = "200",
            description = "The calendar (RFC 5545)",
            content =
                    @Content(
                            mediaType = TEXT_CALENDAR,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "calendar", value = CalendarDocs.ICS)))
    @APIResponse(responseCode = "404", description = "unknown-calendar-feed")
    public Response calendar(@Parameter(description = CalendarDocs.TOKEN) @QueryParam("token") String token) {
        return Response.ok(feeds.calendar(token), TEXT_CALENDAR + "; charset=utf-8")
                .header("Cache-Control", "no-store")
                .build();
    }
}
