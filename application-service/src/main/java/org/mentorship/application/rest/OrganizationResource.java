package org.mentorship.application.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.rest.BulkDtos.OrganizationDto;
import org.mentorship.application.service.OrganizationService;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageOf;
import org.mentorship.platform.web.PageRequest;

/** The program's organisations (issue 18): as the projects name them, with their projects per term. */
@Path("/api/v1/organizations")
@Tag(name = "Organizations", description = "The organisations that own projects, and their admins' scope")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    @Schema(name = "OrganizationPage", description = "A page of organisations")
    static final class OrganizationPage extends PageOf<OrganizationDto> {}

    private final OrganizationService service;

    OrganizationResource(OrganizationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "listOrganizations",
            summary = "List organisations with their projects per term (paged, by name)",
            description = "Coordinators every organisation a project names; org-admins the ones in their token (also "
                    + "one without a project yet). termId counts one term's projects only.")
    @APIResponse(
            responseCode = "200",
            description = "A page of organisations",
            content =
                    @Content(
                            schema = @Schema(implementation = OrganizationPage.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = BulkExamples.ORGANIZATIONS)))
    public Page<OrganizationDto> list(
            @QueryParam("termId") UUID termId, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Page.slice(service.list(termId), PageRequest.of(page, size)).map(OrganizationDto::of);
    }
}
