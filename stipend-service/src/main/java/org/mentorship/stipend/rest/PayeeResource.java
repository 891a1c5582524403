package org.mentorship.stipend.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;
import org.mentorship.stipend.service.PayeeService;

/** Payee details: only the mentee and finance see them, and only masked. */
@Path("/api/v1/payees")
@Tag(name = "Payees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PayeeResource {

    private final PayeeService payees;
    private final Caller caller;

    PayeeResource(PayeeService payees, Caller caller) {
        this.payees = payees;
        this.caller = caller;
    }

    @PUT
    @Path("/me")
    @RolesAllowed(Roles.MENTEE)
    @Operation(summary = "Give or replace my payout details",
            description = "The account is stored encrypted and answered masked. Installments that waited for these details are scheduled now. "
                    + "Changing the account, method, holder or bank code sends a payment approved for the old details back for approval "
                    + "(SCHEDULED), and asks for a recall of one a payout file already carries (RECALL_REQUESTED), both in the ledger; "
                    + "any change is mailed to the address on record and to the new one (email).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "bank transfer", value = Examples.PAYEE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The details, masked", content = @Content(examples = @ExampleObject(name = "payee", value = Examples.PAYEE)))
    @APIResponse(responseCode = "422", description = "Invalid IBAN or unknown country")
    public PayeeDto put(@Valid @NotNull PayeeRequest request) {
        return PayeeDto.of(payees.save(caller.userId(), new PayeeService.PayeeDetails(request.payoutMethod(),
                request.accountHolder(), request.account(), request.bankCode(), request.country(),
                request.taxFormReceived()), request.email()));
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.MENTEE)
    @Operation(summary = "My payout details (masked)")
    @APIResponse(responseCode = "200", description = "The details, masked", content = @Content(examples = @ExampleObject(name = "payee", value = Examples.PAYEE)))
    @APIResponse(responseCode = "404", description = "None given yet")
    public PayeeDto mine() {
        return payees.find(caller.userId()).map(PayeeDto::of)
                .orElseThrow(() -> ProblemException.notFound("Payee details of", caller.userId()));
    }

    @GET
    @Path("/{menteeId}")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "A mentee's payout details (masked), for finance")
    @APIResponse(responseCode = "200", description = "The details, masked", content = @Content(examples = @ExampleObject(name = "payee", value = Examples.PAYEE)))
    @APIResponse(responseCode = "404", description = "None given yet")
    public PayeeDto of(@PathParam("menteeId") String menteeId) {
        return payees.find(menteeId).map(PayeeDto::of)
                .orElseThrow(() -> ProblemException.notFound("Payee details of", menteeId));
    }
}
