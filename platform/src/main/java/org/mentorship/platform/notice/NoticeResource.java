package org.mentorship.platform.notice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/**
 * The caller's feed of what this service told them. Every service serves it (the platform brings it); the gateway
 * merges them into GET /api/v1/me/notifications, so clients use that one.
 */
@Path("/api/v1/me/notices")
@Tag(name = "Notices")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class NoticeResource {

    /** The page shape of {@link Page} with its item type, for the OpenAPI document. */
    @Schema(name = "NoticePage")
    public record NoticePage(List<NoticeView> items, int page, int size, long total) {}

    static final String NOTICE = """
            {"id":"9b2e4c1a-7d3f-4e5a-8b6c-1d2e3f4a5b6c","kind":"evaluation-reminder",
             "subject":"Evaluation 2 of ana-okafor is due","text":"Due Tue 14 Jul 2026, 23:59 Europe/Berlin (21:59 UTC).",
             "channel":"email","createdAt":"2026-07-11T08:00:00Z","readAt":null}""";

    private final Notices notices;
    private final Caller caller;

    NoticeResource(Notices notices, Caller caller) {
        this.notices = notices;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listMyNotices",
            summary = "The caller's notices from this service, newest first",
            description = "unread=true for unread only.")
    @APIResponse(
            responseCode = "200",
            description = "A page of notices",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NoticePage.class),
                            examples =
                                    @ExampleObject(
                                            name = "one notice",
                                            value = "{\"items\":[" + NOTICE + "],\"page\":0,\"size\":20,\"total\":1}")))
    public Page<NoticeView> list(
            @QueryParam("unread") Boolean unread, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return QuarkusTransaction.requiringNew().call(() -> notices.page(caller.userId(), unread, request));
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markMyNoticeRead", summary = "Mark one of the caller's notices read")
    @APIResponse(responseCode = "204", description = "Read (a second call keeps the first time)")
    @APIResponse(
            responseCode = "404",
            description = "No such notice of the caller's",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public void read(@PathParam("id") UUID id) {
        QuarkusTransaction.requiringNew()
                .call(() -> notices.markRead(caller.userId(), id))
                .orElseThrow(() -> ProblemException.notFound("Notice", id));
    }
}
