package org.mentorship.application.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.rest.BulkDtos.BatchDto;
import org.mentorship.application.rest.BulkDtos.HrStepBatchRequest;
import org.mentorship.application.service.BulkWork;
import org.mentorship.platform.security.Roles;

/** One HR step checked off for many mentees (issue 18). */
@Path("/api/v1/onboarding")
@Tag(name = "Onboarding", description = "Contract signature and HR steps of an accepted mentee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnboardingBatchResource {

    private final BulkWork bulk;

    OnboardingBatchResource(BulkWork bulk) {
        this.bulk = bulk;
    }

    @POST
    @Path("/hr-steps")
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "completeHrSteps",
            summary = "Check off one HR step for many mentees, each on its own",
            description = "Each application goes through POST /applications/{id}/onboarding/hr-steps/{step} (every "
                    + "rule of it: accepted, not done before, not your own onboarding) in a transaction of its own; "
                    + "the last step of an onboarding starts the mentorship as the single call does. 1 to 200 "
                    + "applications, each once (422 batch-invalid, nothing checked off). For an org-admin an "
                    + "application of another organisation answers NOT_FOUND.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = HrStepBatchRequest.class),
                            examples = @ExampleObject(name = "batch", value = BulkExamples.HR_STEP_BATCH_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Per application what happened (also when every one was refused)",
            content =
                    @Content(
                            schema = @Schema(implementation = BatchDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "mixed", value = BulkExamples.HR_STEP_BATCH)))
    @APIResponse(responseCode = "400", description = "No step, or an id that is no UUID")
    @APIResponse(
            responseCode = "403",
            description = "forbidden (neither a coordinator nor an admin of an organisation)")
    @APIResponse(
            responseCode = "422",
            description = "batch-invalid: no application, more than 200, or one twice; nothing was checked off",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "too many", value = BulkExamples.PROBLEM_BATCH)))
    public BatchDto completeAll(@Valid @NotNull HrStepBatchRequest request) {
        return BatchDto.of(bulk.completeHrStep(request.step().trim(), request.applicationIds()));
    }
}
