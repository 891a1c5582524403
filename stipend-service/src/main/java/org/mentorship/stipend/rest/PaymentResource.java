package org.mentorship.stipend.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.stipend.service.PaymentService;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/payments")
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private final PaymentService service;

    PaymentResource(PaymentService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR})
    @Operation(summary = "The payments of one mentorship, by installment")
    public List<PaymentDto> list(@QueryParam("mentorshipId") @NotNull UUID mentorshipId) {
        return service.listByMentorship(mentorshipId).stream().map(PaymentDto::of).toList();
    }
}
