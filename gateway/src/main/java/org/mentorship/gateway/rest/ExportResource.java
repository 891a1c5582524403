package org.mentorship.gateway.rest;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.gateway.me.PersonalExport;
import org.mentorship.gateway.problem.ProblemBodies;
import org.mentorship.gateway.security.Caller;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.web.RequestId;

/** The signed-in person's data from every service, as one file (their right of access). */
@Path("/api/v1/me/export")
@Tag(name = "Privacy", description = "What the program holds about the signed-in person")
public class ExportResource {

    private final PersonalExport export;

    ExportResource(PersonalExport export) {
        this.export = export;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(
            operationId = "exportMyData",
            summary = "Everything the program holds about the caller, as one JSON file",
            description = "Every service's own record of the caller (any role), fetched in parallel with the caller's "
                    + "token. Complete or not given: if a service does not answer, 503 names it.")
    @APIResponse(
            responseCode = "200",
            description = "The bundle, as an attachment",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment; filename=\"mentorship-data-<date>.json\"",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NotificationSchema.Export.class),
                            examples = @ExampleObject(name = "mentee", value = """
                            {"exportedAt":"2026-07-11T08:00:00Z","personId":"alice",
                             "services":{
                               "application":{"profile":{"displayName":"Alice"},"applications":[]},
                               "evaluation":{"mentorships":[]},
                               "stipend":{"payee":null,"payments":[],"notices":[]},
                               "certificate":{"completions":[]},
                               "webhook":{"endpoints":[],"notices":[]}}}""")))
    @APIResponse(
            responseCode = "503",
            description = "services-unavailable: a service did not answer; no partial export is given",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "services-unavailable", value = """
                            {"type":"https://mentorship.example.org/problems/services-unavailable","title":"Services unavailable",
                             "status":503,"detail":"No answer from stipend; nothing is given in part. Try again shortly",
                             "instance":"/api/v1/me/export"}""")))
    public CompletionStage<Response> export(@Context RoutingContext ctx) {
        NotificationsResource.requireCaller(ctx);
        String instance = ctx.request().path();
        return export.export(
                        Caller.of(ctx).subject(),
                        ctx.request().getHeader(HttpHeaders.AUTHORIZATION),
                        ctx.request().getHeader(RequestId.HEADER))
                .map(outcome -> outcome.bundle() == null
                        ? NotificationsResource.problem(ProblemBodies.servicesUnavailable(outcome.missing(), instance))
                        : Response.ok(outcome.bundle(), MediaType.APPLICATION_JSON)
                                // The subject stays out of the header: a file name needs no quoting rules for it.
                                .header(
                                        "Content-Disposition",
                                        "attachment; filename=\"mentorship-data-" + LocalDate.now(ZoneOffset.UTC)
                                                + ".json\"")
                                .build())
                .toCompletionStage();
    }
}
