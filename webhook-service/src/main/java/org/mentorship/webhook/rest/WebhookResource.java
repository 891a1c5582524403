package org.mentorship.webhook.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.platform.idempotency.IdempotencyKeys;
import org.mentorship.platform.idempotency.Idempotent;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;
import org.mentorship.webhook.rest.WebhookDtos.DeliveryDto;
import org.mentorship.webhook.rest.WebhookDtos.EndpointDto;
import org.mentorship.webhook.rest.WebhookDtos.RegisterEndpoint;
import org.mentorship.webhook.rest.WebhookDtos.RegisteredEndpoint;
import org.mentorship.webhook.service.EndpointService;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Partner endpoints that receive the program's events as signed CloudEvents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.COORDINATOR})
public class WebhookResource {

    private static final String PROBLEM = "application/problem+json";

    private final EndpointService endpoints;

    WebhookResource(EndpointService endpoints) {
        this.endpoints = endpoints;
    }

    @POST
    @Path("/endpoints")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "registerWebhookEndpoint",
            summary = "Register an endpoint",
            description = WebhookDocs.REGISTER)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "endpoint", value = WebhookDocs.REGISTER_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Registered; the secret is in this answer only",
            content =
                    @Content(
                            schema = @Schema(implementation = RegisteredEndpoint.class),
                            examples = @ExampleObject(name = "registered", value = WebhookDocs.REGISTERED)))
    @APIResponse(
            responseCode = "422",
            description = "unknown-event-type, target-not-allowed (not https, or not a public address)",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples = {
                                @ExampleObject(name = "unknown-event-type", value = WebhookDocs.UNKNOWN_EVENT_TYPE),
                                @ExampleObject(name = "target-not-allowed", value = WebhookDocs.TARGET_NOT_ALLOWED)
                            }))
    @Idempotent
    public Response register(
            @Valid @NotNull RegisterEndpoint request,
            // Documented and bounded here; the platform's interceptor acts on it (IdempotencyKeys).
            @HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) String idempotencyKey) {
        RegisteredEndpoint created =
                RegisteredEndpoint.of(endpoints.register(request.url(), request.eventTypes(), request.description()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/endpoints")
    @Operation(
            operationId = "listWebhookEndpoints",
            summary = "Endpoints, newest first",
            description = "A partner's own; coordinators see every partner's.")
    @APIResponse(
            responseCode = "200",
            description = "A page of endpoints",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.EndpointPage.class),
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            value = "{\"items\":[" + WebhookDocs.ENDPOINT
                                                    + "],\"page\":0,\"size\":20,\"total\":1}")))
    public Page<EndpointDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return endpoints.page(PageRequest.of(page, size)).map(EndpointDto::of);
    }

    @GET
    @Path("/endpoints/{id}")
    @Operation(operationId = "getWebhookEndpoint", summary = "One endpoint", description = "Another partner's is 404.")
    @APIResponse(
            responseCode = "200",
            description = "The endpoint",
            content =
                    @Content(
                            schema = @Schema(implementation = EndpointDto.class),
                            examples = @ExampleObject(name = "endpoint", value = WebhookDocs.ENDPOINT)))
    @APIResponse(
            responseCode = "404",
            description = "not-found (none, or another partner's)",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples = @ExampleObject(name = "not-found", value = WebhookDocs.NOT_FOUND)))
    public EndpointDto get(@PathParam("id") UUID id) {
        return EndpointDto.of(endpoints.find(id));
    }

    @DELETE
    @Path("/endpoints/{id}")
    @Operation(
            operationId = "deleteWebhookEndpoint",
            summary = "Delete an endpoint",
            description = "Nothing more is delivered to it; its deliveries and their log go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "404",
            description = "not-found",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples = @ExampleObject(name = "not-found", value = WebhookDocs.NOT_FOUND)))
    public void delete(@PathParam("id") UUID id) {
        endpoints.delete(id);
    }

    @POST
    @Path("/endpoints/{id}/enable")
    @Operation(
            operationId = "enableWebhookEndpoint",
            summary = "Enable an endpoint again",
            description = "After it was disabled: its failure count starts over and its pending deliveries are "
                    + "tried now, with another 24 h. Enabling an enabled endpoint changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "Enabled",
            content =
                    @Content(
                            schema = @Schema(implementation = EndpointDto.class),
                            examples = @ExampleObject(name = "endpoint", value = WebhookDocs.ENDPOINT)))
    @APIResponse(
            responseCode = "404",
            description = "not-found",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples = @ExampleObject(name = "not-found", value = WebhookDocs.NOT_FOUND)))
    @Idempotent
    public Response enable(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) String idempotencyKey) {
        return Response.ok(EndpointDto.of(endpoints.enable(id))).build();
    }

    @GET
    @Path("/endpoints/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "The delivery log of an endpoint, newest first",
            description = "Each delivery with every attempt: status, duration, the start of the answer or the error.")
    @APIResponse(
            responseCode = "200",
            description = "A page of deliveries",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.DeliveryPage.class),
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            value = "{\"items\":[" + WebhookDocs.DELIVERY
                                                    + "],\"page\":0,\"size\":20,\"total\":1}")))
    @APIResponse(
            responseCode = "404",
            description = "not-found",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples = @ExampleObject(name = "not-found", value = WebhookDocs.NOT_FOUND)))
    public Page<DeliveryDto> deliveries(
            @PathParam("id") UUID id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return endpoints.deliveries(id, PageRequest.of(page, size)).map(DeliveryDto::of);
    }

    @POST
    @Path("/deliveries/{id}/redeliver")
    @Operation(
            operationId = "redeliverWebhook",
            summary = "Deliver again, now",
            description = "One attempt now, with the same webhook-id (receivers dedupe by it) and a fresh signature. "
                    + "A 2xx delivers a failed delivery; no retries follow this attempt.")
    @APIResponse(
            responseCode = "200",
            description = "The delivery with the new attempt last",
            content =
                    @Content(
                            schema = @Schema(implementation = DeliveryDto.class),
                            examples = @ExampleObject(name = "delivery", value = WebhookDocs.DELIVERY)))
    @APIResponse(
            responseCode = "404",
            description = "not-found",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples = @ExampleObject(name = "not-found", value = WebhookDocs.NOT_FOUND)))
    @APIResponse(
            responseCode = "409",
            description = "endpoint-disabled (enable it first)",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples =
                                    @ExampleObject(name = "endpoint-disabled", value = WebhookDocs.ENDPOINT_DISABLED)))
    @Idempotent
    public Response redeliver(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) String idempotencyKey) {
        return Response.ok(DeliveryDto.of(endpoints.redeliver(id))).build();
    }
}
