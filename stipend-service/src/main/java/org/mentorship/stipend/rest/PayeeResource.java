package org.mentorship.stipend.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;
import org.mentorship.stipend.model.Payee;
import org.mentorship.stipend.service.PayeeService;
import org.mentorship.stipend.service.TaxForms;

/** Payee details: only the mentee and finance see them, and only masked. The tax form is the program's to confirm. */
@Path("/api/v1/payees")
@Tag(name = "Payees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PayeeResource {

    /** Finance's confirmation of a tax form, with an optional note (where it was received). */
    @Schema(name = "TaxFormRequest")
    public record TaxFormRequest(@Size(max = 500) String note) {}

    private final PayeeService payees;
    private final TaxForms taxForms;
    private final Caller caller;

    PayeeResource(PayeeService payees, TaxForms taxForms, Caller caller) {
        this.payees = payees;
        this.taxForms = taxForms;
        this.caller = caller;
    }

    @PUT
    @Path("/me")
    @RolesAllowed(Roles.MENTEE)
    @Operation(
            operationId = "putMyPayee",
            summary = "Give or replace my payout details",
            description = PayeeDocs.PUT_MY_PAYEE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "bank transfer", value = Examples.PAYEE_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The details, masked",
            content =
                    @Content(
                            schema = @Schema(implementation = PayeeDto.class),
                            examples = @ExampleObject(name = "payee", value = Examples.PAYEE)))
    @APIResponse(responseCode = "400", description = "Invalid or unknown field (e.g. taxFormReceived)")
    @APIResponse(responseCode = "422", description = "invalid-iban, unknown-country")
    public PayeeDto put(@Valid @NotNull PayeeRequest request) {
        return view(payees.save(
                caller.userId(),
                new PayeeService.PayeeDetails(
                        request.payoutMethod(),
                        request.accountHolder(),
                        request.account(),
                        request.bankCode(),
                        request.country()),
                request.email()));
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.MENTEE)
    @Operation(
            operationId = "getMyPayee",
            summary = "My payout details (masked), and whether the program has my tax form")
    @APIResponse(
            responseCode = "200",
            description = "The details, masked",
            content =
                    @Content(
                            schema = @Schema(implementation = PayeeDto.class),
                            examples = @ExampleObject(name = "payee", value = Examples.PAYEE)))
    @APIResponse(responseCode = "404", description = "None given yet")
    public PayeeDto mine() {
        return payees.find(caller.userId())
                .map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Payee details of", caller.userId()));
    }

    @GET
    @Path("/{menteeId}")
    @RolesAllowed(Roles.FINANCE)
    @Operation(operationId = "getPayee", summary = "A mentee's payout details (masked), for finance")
    @APIResponse(
            responseCode = "200",
            description = "The details, masked",
            content =
                    @Content(
                            schema = @Schema(implementation = PayeeDto.class),
                            examples = @ExampleObject(name = "payee", value = Examples.PAYEE)))
    @APIResponse(responseCode = "404", description = "None given yet")
    public PayeeDto of(@PathParam("menteeId") String menteeId) {
        return payees.find(menteeId)
                .map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Payee details of", menteeId));
    }

    @POST
    @Path("/{menteeId}/tax-form")
    @RolesAllowed(Roles.FINANCE)
    @Operation(
            operationId = "confirmTaxForm",
            summary = "Finance confirms that a mentee's tax form was received",
            description = PayeeDocs.CONFIRM_TAX_FORM)
    @APIResponse(
            responseCode = "200",
            description = "The confirmation kept",
            content =
                    @Content(
                            schema = @Schema(implementation = TaxFormDto.class),
                            examples = @ExampleObject(name = "tax form", value = Examples.TAX_FORM)))
    @APIResponse(responseCode = "403", description = "Not finance, or your own tax form (self-dealing)")
    @APIResponse(responseCode = "404", description = "No stipend agreement for this mentee")
    public TaxFormDto confirmTaxForm(@PathParam("menteeId") String menteeId, @Valid TaxFormRequest request) {
        return TaxFormDto.of(
                taxForms.confirmByFinance(menteeId, caller.userId(), request == null ? null : request.note()));
    }

    private PayeeDto view(Payee payee) {
        return PayeeDto.of(payee, taxForms.of(payee.menteeId));
    }
}
