package org.mentorship.platform.deadletter;

import jakarta.annotation.security.RolesAllowed;
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
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/**
 * This service's dead letters, for coordinators and ops: what its consumers gave up on, and a replay of one through
 * the same inbox path with its original ce_id. Every service serves it (the platform brings it).
 */
@Path("/api/v1/dead-letters")
@Tag(name = "Dead letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    /** The page shape of {@link Page} with its item type, for the OpenAPI document. */
    @Schema(name = "DeadLetterPage")
    public record DeadLetterPage(List<DeadLetterView> items, int page, int size, long total) {}

    /** One dead letter as the API shows it (the operations' examples). */
    static final String DEAD_LETTER = """
            {"id":"6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b","consumer":"stipend-service.evaluation-events",
             "eventId":"0c9b8a7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d","eventType":"EvaluationPassed",
             "subject":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e","topic":"mentorship.evaluations.v1","partition":0,
             "offset":42,"reason":"MalformedEventException: $.number: must be an integer","deadLetteredAt":"2026-04-15T10:00:00Z",
             "headers":{"ce_type":"EvaluationPassed","ce_source":"/mentorship/evaluation-service"},
             "payload":"{\\"mentorshipId\\":\\"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e\\",\\"number\\":\\"two\\"}",
             "replayedAt":null,"replayedBy":null,"replayOutcome":null}""";

    private final DeadLetters deadLetters;
    private final Caller caller;

    DeadLetterResource(DeadLetters deadLetters, Caller caller) {
        this.deadLetters = deadLetters;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.OPS})
    @Operation(
            operationId = "listDeadLetters",
            summary = "This service's dead letters, newest first",
            description = "Filter by consumer, and replayed=false for those still to act on.")
    @APIResponse(
            responseCode = "200",
            description = "A page of dead letters",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeadLetterPage.class),
                            examples =
                                    @ExampleObject(
                                            name = "one dead letter",
                                            value = "{\"items\":[" + DEAD_LETTER
                                                    + "],\"page\":0,\"size\":20,\"total\":1}")))
    public Page<DeadLetterView> list(
            @QueryParam("consumer") String consumer,
            @QueryParam("replayed") Boolean replayed,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return deadLetters.page(consumer, replayed, PageRequest.of(page, size));
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPS})
    @Operation(
            operationId = "replayDeadLetter",
            summary = "Replay a dead letter through its consumer's inbox",
            description = "Same ce_id, headers and value: an event the inbox already applied is not applied again. "
                    + "A dead letter already replayed is answered as it is.")
    @APIResponse(
            responseCode = "200",
            description = "Replayed (replayOutcome APPLIED or ALREADY_APPLIED)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeadLetterView.class),
                            examples = @ExampleObject(name = "replayed", value = DEAD_LETTER)))
    @APIResponse(
            responseCode = "404",
            description = "No such dead letter",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Refused again (replay-refused); the dead letter stays",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "Could not be applied now (replay-postponed); try again later",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public DeadLetterView replay(@PathParam("id") UUID id) {
        return deadLetters.replay(id, caller.userId());
    }
}
