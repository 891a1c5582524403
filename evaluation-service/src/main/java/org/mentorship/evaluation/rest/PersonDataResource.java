package org.mentorship.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.evaluation.service.PersonDataService;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;

/**
 * Everything this service holds about the caller, for the gateway's export (GET /api/v1/me/export). Served at the
 * service only: the gateway routes no /api/v1/me/data, so the merged document leaves it out (like /me/summary).
 */
@Path("/api/v1/me/data")
@Tag(name = "Dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class PersonDataResource {

    private final PersonDataService people;
    private final Caller caller;

    PersonDataResource(PersonDataService people, Caller caller) {
        this.people = people;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.FINANCE, Roles.PARTNER})
    @Operation(
            operationId = "getEvaluationPersonData",
            summary = "Everything evaluation-service holds about the caller",
            description = "Settings, notices, mentorships as mentee (with evaluations as the mentee reads them and the "
                    + "program output) and as mentor, reminders received.")
    @APIResponse(
            responseCode = "200",
            description = "One JSON object",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.OBJECT),
                            examples = @ExampleObject(name = "mentee", value = """
                    {"service":"evaluation-service","personId":"mentee-ana-okafor","settings":null,"notices":[],
                     "asMentee":[{"mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e","projectTitle":"Add structured logging",
                     "menteeName":"Ana Okafor","status":"ACTIVE","evaluations":[]}],"asMentor":[],"remindersReceived":[]}""")))
    public Map<String, Object> data() {
        return people.data(caller.userId());
    }
}
