package org.mentorship.stipend.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.platform.idempotency.IdempotencyKeys;
import org.mentorship.platform.idempotency.Idempotent;
import org.mentorship.platform.problem.PlatformProblems;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.problem.StipendProblems;
import org.mentorship.stipend.repository.AgreementRepository;
import org.mentorship.stipend.repository.PaymentQuery;
import org.mentorship.stipend.service.BulkApprovals;
import org.mentorship.stipend.service.ExportService;
import org.mentorship.stipend.service.PaymentService;
import org.mentorship.stipend.service.PaymentsCsv;
import org.mentorship.stipend.service.PayoutCallbacks;

@Path("/api/v1/payments")
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
// No security scheme of its own for the payout callback: SmallRye would then use it for every @RolesAllowed
// operation of this service instead of the bearer token. The callback's signature headers are documented on it.
public class PaymentResource {

    public record ApproveRequest(@Size(max = 500) String note) {}

    public record PaidRequest(@NotBlank @Size(max = 200) String providerReference) {}

    public record ApprovalBatchRequest(
            List<UUID> paymentIds, @Size(max = 500) String note) {}

    public record FailedRequest(@NotBlank @Size(max = 500) String reason) {}

    private final PaymentService service;
    private final ExportService exports;
    private final PayoutCallbacks callbacks;
    private final BulkApprovals bulk;
    private final PaymentsCsv csv;
    private final AgreementRepository agreements;
    private final Caller caller;
    private final com.fasterxml.jackson.databind.ObjectMapper json;
    private final jakarta.validation.Validator validator;

    PaymentResource(
            PaymentService service,
            ExportService exports,
            PayoutCallbacks callbacks,
            BulkApprovals bulk,
            PaymentsCsv csv,
            AgreementRepository agreements,
            Caller caller,
            com.fasterxml.jackson.databind.ObjectMapper json,
            jakarta.validation.Validator validator) {
        this.json = json;
        this.validator = validator;
        this.service = service;
        this.exports = exports;
        this.callbacks = callbacks;
        this.bulk = bulk;
        this.csv = csv;
        this.agreements = agreements;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR, Roles.MENTEE, Roles.ORG_ADMIN})
    @Operation(
            operationId = "listPayments",
            summary = "The payments of one mentorship, by installment",
            description = "A plain array (a mentorship has a handful of installments). A mentee sees only their own "
                    + "mentorship's, an org-admin her organisations' (without payout details).")
    @APIResponse(
            responseCode = "200",
            description = "Payments by installment",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = PaymentDto.class),
                            examples = @ExampleObject(name = "payments", value = Examples.PAYMENTS)))
    public List<PaymentDto> list(@QueryParam("mentorshipId") @NotNull UUID mentorshipId) {
        AgreementAccess.requireSees(caller, mentorshipId, () -> agreements.findById(mentorshipId));
        return service.listByMentorship(mentorshipId).stream().map(this::dto).toList();
    }

    /** The payee data (the approved payout details) stay finance's and coordinators': an org-admin sees none. */
    private PaymentDto dto(Payment p) {
        PaymentDto dto = PaymentDto.of(p);
        return OrganizationScope.seesEveryOrganization(caller) ? dto : dto.withoutPayout();
    }

    @GET
    @Path("/queue")
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "listPaymentQueue",
            summary = "Payments in one status, oldest first",
            description = "E.g. SCHEDULED (to approve) or FAILED (to retry); of one organization where asked for. An "
                    + "org-admin lists her organisations' only (another organisation: 404), without payout details.")
    @APIResponse(
            responseCode = "200",
            description = "A page of payments",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.PaymentPage.class),
                            examples =
                                    @ExampleObject(
                                            name = "scheduled",
                                            value = "{\"items\":" + Examples.PAYMENTS
                                                    + ",\"page\":0,\"size\":20,\"total\":1}")))
    public Page<PaymentDto> queue(
            @QueryParam("status") @NotNull PaymentStatus status,
            @QueryParam("organization") @Size(max = 300) String organization,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest p = PageRequest.of(page, size);
        PaymentQuery query = new PaymentQuery(status, OrganizationScope.of(caller, organization));
        return Page.of(
                service.page(query, p.page(), p.size()).stream().map(this::dto).toList(), p, service.count(query));
    }

    @GET
    @Path("/export.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "exportPaymentListCsv",
            summary = "The payments list (queue) as CSV",
            description = PaymentDocs.EXPORT_PAYMENT_LIST)
    @APIResponse(
            responseCode = "200",
            description = "Every payment of the list, oldest first, one row each after a header row",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment; filename=\"payments-<status>.csv\"",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "approved", value = Examples.PAYMENTS_CSV)))
    @APIResponse(
            responseCode = "400",
            description = "No status, or not a payment status (validation-failed, malformed-request)",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "not-found (an organisation admin asking for another organisation)",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response exportList(
            @QueryParam("status") @NotNull PaymentStatus status,
            @QueryParam("organization") @Size(max = 300) String organization) {
        PaymentQuery query = new PaymentQuery(status, OrganizationScope.of(caller, organization));
        boolean payee = OrganizationScope.seesEveryOrganization(caller);
        StreamingOutput file = out -> csv.write(query, out, payee);
        return Response.ok(file, "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"payments-" + status.name().toLowerCase(java.util.Locale.ROOT)
                                + ".csv\"")
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "getPayment",
            summary = "Read a payment",
            description = "An org-admin reads her organisations' (without payout details); another's is not found.")
    @APIResponse(
            responseCode = "200",
            description = "The payment",
            content =
                    @Content(
                            schema = @Schema(implementation = PaymentDto.class),
                            examples = @ExampleObject(name = "payment", value = Examples.PAYMENT)))
    @APIResponse(responseCode = "404", description = "No such payment")
    public PaymentDto get(@PathParam("id") UUID id) {
        Payment payment = service.get(id);
        try {
            AgreementAccess.requireSees(caller, payment.mentorshipId, () -> agreements.findById(payment.mentorshipId));
        } catch (ProblemException refused) {
            throw ProblemException.notFound("Payment", id);
        }
        return dto(payment);
    }

    @GET
    @Path("/{id}/ledger")
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR})
    @Operation(operationId = "getPaymentLedger", summary = "Every change of a payment, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "Ledger entries",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = LedgerEntryDto.class),
                            examples = @ExampleObject(name = "ledger", value = Examples.LEDGER)))
    public List<LedgerEntryDto> ledger(@PathParam("id") UUID id) {
        service.get(id);
        return service.ledgerOf(id).stream().map(LedgerEntryDto::of).toList();
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(
            operationId = "approvePayment",
            summary = "Approve a scheduled payment",
            description = PaymentDocs.APPROVE_PAYMENT)
    @APIResponse(
            responseCode = "200",
            description = "The approved payment (or, of two approvals, the first recorded)",
            content =
                    @Content(
                            schema = @Schema(implementation = PaymentDto.class),
                            examples = @ExampleObject(name = "payment", value = Examples.PAYMENT)))
    @APIResponse(
            responseCode = "403",
            description =
                    "Not finance; a payment to yourself (self-dealing); or the second approval by the first approver (second-approver-required)")
    @APIResponse(
            responseCode = "409",
            description = "payment-not-scheduled (not SCHEDULED: already approved, paid, cancelled...)",
            content = @Content(examples = @ExampleObject(name = "twice", value = Examples.PROBLEM_CONFLICT)))
    @APIResponse(
            responseCode = "422",
            description =
                    "The program has not confirmed the mentee's tax form (tax-form-missing); no payout details yet (payee-missing)")
    @Idempotent
    public Response approve(
            @PathParam("id") UUID id, @Valid ApproveRequest request, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return ok(PaymentDto.of(service.approve(id, caller.userId(), request == null ? null : request.note())));
    }

    @POST
    @Path("/approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(
            operationId = "approvePayments",
            summary = "Approve many scheduled payments, each on its own",
            description = PaymentDocs.APPROVE_PAYMENTS)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ApprovalBatchRequest.class),
                            examples = @ExampleObject(name = "batch", value = Examples.APPROVAL_BATCH_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Per payment what happened (also when every one was refused)",
            content =
                    @Content(
                            schema = @Schema(implementation = ApprovalBatchDto.class),
                            examples = @ExampleObject(name = "mixed", value = Examples.APPROVAL_BATCH)))
    @APIResponse(
            responseCode = "400",
            description = "Not JSON, an id that is no UUID, an unknown field, or a note over 500 characters",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not finance")
    @APIResponse(
            responseCode = "422",
            description = "approval-batch-invalid: no payment, more than 500, or one named twice; nothing was approved",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "twice", value = Examples.PROBLEM_APPROVAL_BATCH)))
    @Idempotent
    public Response approveAll(@Valid ApprovalBatchRequest request, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return Response.ok(ApprovalBatchDto.of(bulk.approve(
                        request == null ? null : request.paymentIds(),
                        caller.userId(),
                        request == null ? null : request.note())))
                .build();
    }

    @POST
    @Path("/{id}/paid")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(
            operationId = "markPaymentPaid",
            summary = "Record that an approved payment was paid",
            description = "The same reference again is a no-op. Not a payment to yourself (403 self-dealing).")
    @APIResponse(
            responseCode = "200",
            description = "The paid payment",
            content =
                    @Content(
                            schema = @Schema(implementation = PaymentDto.class),
                            examples = @ExampleObject(name = "payment", value = Examples.PAYMENT)))
    @APIResponse(responseCode = "403", description = "Not finance, or a payment to yourself (self-dealing)")
    @APIResponse(
            responseCode = "409",
            description =
                    "payment-not-exported, payment-already-paid (with another reference), payment-transition-refused")
    @Idempotent
    public Response paid(
            @PathParam("id") UUID id,
            @Valid @NotNull PaidRequest request,
            @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return ok(PaymentDto.of(service.markPaid(id, request.providerReference(), caller.userId())));
    }

    @POST
    @Path("/{id}/failed")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(
            operationId = "markPaymentFailed",
            summary = "Record that an approved payment failed",
            description = "It can be retried.")
    @APIResponse(
            responseCode = "200",
            description = "The failed payment",
            content =
                    @Content(
                            schema = @Schema(implementation = PaymentDto.class),
                            examples = @ExampleObject(name = "payment", value = Examples.PAYMENT)))
    @APIResponse(responseCode = "403", description = "Not finance, or a payment to yourself (self-dealing)")
    @APIResponse(responseCode = "409", description = "payment-not-exported, payment-transition-refused")
    @Idempotent
    public Response failed(
            @PathParam("id") UUID id,
            @Valid @NotNull FailedRequest request,
            @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return ok(PaymentDto.of(service.markFailed(id, request.reason(), caller.userId())));
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.FINANCE)
    @Operation(
            operationId = "retryPayment",
            summary = "Retry a failed payment",
            description = "Back to APPROVED, for the next payout file; still the same one payment.")
    @APIResponse(
            responseCode = "200",
            description = "The payment, approved again",
            content =
                    @Content(
                            schema = @Schema(implementation = PaymentDto.class),
                            examples = @ExampleObject(name = "payment", value = Examples.PAYMENT)))
    @APIResponse(responseCode = "403", description = "Not finance, or a payment to yourself (self-dealing)")
    @APIResponse(responseCode = "409", description = "payment-not-failed (not FAILED), too-many-attempts")
    @Idempotent
    public Response retry(@PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return ok(PaymentDto.of(service.retry(id, caller.userId())));
    }

    /** An answer the platform keeps for an Idempotency-Key (@Idempotent: the key is a documented header above). */
    private static Response ok(PaymentDto payment) {
        return Response.ok(payment).build();
    }

    @POST
    @Path("/export")
    @Produces({"text/csv", MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.FINANCE)
    @Operation(
            operationId = "exportPayments",
            summary = "Export approved payments as a payout file",
            description = PaymentDocs.EXPORT_PAYMENTS)
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = {
                @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = Examples.CSV)),
                @Content(
                        mediaType = MediaType.APPLICATION_XML,
                        examples = @ExampleObject(name = "pain001", value = Examples.PAIN001))
            })
    @APIResponse(
            responseCode = "422",
            description = PaymentDocs.EXPORT_PAYMENTS_422,
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(
                                        name = "payout rail unsupported",
                                        value = Examples.PROBLEM_RAIL_UNSUPPORTED),
                                @ExampleObject(name = "nothing to export", value = Examples.PROBLEM_NOTHING_TO_EXPORT)
                            }))
    @APIResponse(responseCode = "403", description = "Not finance, or a payment to yourself in it (self-dealing)")
    public Response export(@QueryParam("format") String format) {
        ExportService.Format f = switch (format == null ? "csv" : format) {
            case "csv" -> ExportService.Format.CSV;
            case "pain001" -> ExportService.Format.PAIN001;
            default -> throw StipendProblems.UNKNOWN_FORMAT.with("format is csv or pain001");
        };
        return file(exports.export(f, caller.userId()));
    }

    @GET
    @Path("/export/{batchId}")
    @Produces({"text/csv", MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.FINANCE)
    @Operation(
            operationId = "downloadPaymentExport",
            summary = "Download an earlier payout file again",
            description = "Same batch, same format; marks nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = Examples.CSV)))
    @APIResponse(responseCode = "404", description = "No such batch")
    @APIResponse(responseCode = "410", description = "batch-file-not-kept: exported before payout files were kept")
    public Response exportAgain(@PathParam("batchId") UUID batchId) {
        return file(exports.again(batchId));
    }

    private static Response file(ExportService.Export export) {
        ExportService.Format f = export.format();
        return Response.ok(export.content(), f == ExportService.Format.CSV ? "text/csv" : MediaType.APPLICATION_XML)
                .header("X-Export-Batch", export.batchId())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"payout-" + export.batchId()
                                + (f == ExportService.Format.CSV ? ".csv" : ".xml") + "\"")
                .build();
    }

    @POST
    @Path("/callbacks/payout")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(
            operationId = "reportPayout",
            summary = "The payout provider reports a transfer (Standard Webhooks)",
            description = CALLBACK_DESCRIPTION)
    @Parameter(
            name = "webhook-id",
            in = ParameterIn.HEADER,
            required = true,
            description = "Unique per message (the same on the provider's retries); at most 200 characters",
            example = "msg_2mN7bXkQ4yVd")
    @Parameter(
            name = "webhook-timestamp",
            in = ParameterIn.HEADER,
            required = true,
            description = "Unix seconds when signed; at most 5 minutes from now, either way",
            example = "1777370400")
    @Parameter(
            name = "webhook-signature",
            in = ParameterIn.HEADER,
            required = true,
            description = "One or more space-separated 'v1,<base64 HMAC-SHA256 of id.timestamp.body>'",
            example = "v1,5mImYBrNqddP+m25KZiJIzHxDsR5rEza1neJu1jE7qQ=")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PayoutCallbacks.Report.class),
                            examples = {
                                @ExampleObject(name = "paid", value = Examples.CALLBACK),
                                @ExampleObject(name = "failed", value = Examples.CALLBACK_FAILED)
                            }))
    @APIResponse(
            responseCode = "200",
            description = PaymentDocs.REPORT_PAYOUT_200,
            headers =
                    @Header(
                            name = "Idempotent-Replayed",
                            description = "true when the webhook-id was seen before",
                            schema = @Schema(type = SchemaType.STRING, enumeration = "true")),
            content =
                    @Content(
                            schema = @Schema(implementation = PaymentDto.class),
                            examples = {
                                @ExampleObject(name = "paid", value = Examples.PAYMENT),
                                @ExampleObject(name = "paid after a recall", value = Examples.PAYMENT_PAID_AFTER_RECALL)
                            }))
    @APIResponse(
            responseCode = "400",
            description =
                    "Not a payout report (malformed JSON, unknown field, missing endToEndId or outcome, PAID without reference)",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description =
                    "Missing or wrong signature (bad-signature), or a timestamp more than 5 minutes old or ahead (stale-callback); nothing changed",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "stale", value = Examples.PROBLEM_STALE_CALLBACK),
                                @ExampleObject(name = "bad signature", value = Examples.PROBLEM_BAD_SIGNATURE)
                            }))
    @APIResponse(
            responseCode = "404",
            description = "No transfer of any payout file has this EndToEndId",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = PaymentDocs.REPORT_PAYOUT_409,
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "not-configured: no valid callback secret is configured",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response payoutCallback(
            byte[] body,
            @HeaderParam("webhook-id") String id,
            @HeaderParam("webhook-timestamp") String timestamp,
            @HeaderParam("webhook-signature") String signature)
            throws java.io.IOException {
        byte[] bytes = body == null ? new byte[0] : body;
        callbacks.verify(bytes, id, timestamp, signature);
        PayoutCallbacks.Report report = json.readValue(bytes, PayoutCallbacks.Report.class);
        if (report == null) {
            throw PlatformProblems.MALFORMED_REQUEST.with("The body is not a payout report");
        }
        var violations = validator.validate(report);
        if (!violations.isEmpty()) {
            throw new jakarta.validation.ConstraintViolationException(violations);
        }
        PayoutCallbacks.Result result = callbacks.receive(id, report);
        Response.ResponseBuilder ok = Response.ok(PaymentDto.of(result.payment()));
        return (result.replayed() ? ok.header("Idempotent-Replayed", "true") : ok).build();
    }

    static final String CALLBACK_DESCRIPTION = """
            Called by the payout provider, not by people: no bearer token, a Standard Webhooks signature instead
            (https://www.standardwebhooks.com). The body names one transfer of a payout file by its EndToEndId (payment id
            without dashes, '-', export attempt: every export of a payment is a new attempt with a new id) and its outcome:

            - PAID (reference required): an EXPORTED payment becomes PAID; a RECALL_REQUESTED one too, flagged
              paidAfterRecall (the money left although a recall was asked for).
            - FAILED: an EXPORTED payment becomes FAILED (finance may retry it: a new attempt); a RECALL_REQUESTED one is
              closed: CANCELLED when its installment was cancelled, else back to SCHEDULED for approval with the current
              payout details.

            A report for an attempt a later one replaced is kept on that attempt and in the ledger, and never changes the
            payment. The same report again (same webhook-id) answers 200 with Idempotent-Replayed: true and changes nothing.

            **Signing.** The shared secret is `whsec_` + base64; the HMAC key is the bytes the base64 encodes (not its text).
            `webhook-signature` is `v1,` + base64(HMAC-SHA256(key, webhook-id + "." + webhook-timestamp + "." + body)), over
            the exact body bytes; several space-separated signatures are accepted (secret rotation). The timestamp (Unix
            seconds) must be within 5 minutes of now, either way.

            **Worked example.** Secret `whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw`, webhook-id `msg_2mN7bXkQ4yVd`,
            webhook-timestamp `1777370400`, body (exactly these bytes)
            `{"endToEndId":"7d3e2f1a0b9c4d8ea7f65e4d3c2b1a09-1","outcome":"PAID","reference":"PSP-2026-000123"}`:
            the signed content is `msg_2mN7bXkQ4yVd.1777370400.{"endToEndId":...}` and the header
            `webhook-signature: v1,5mImYBrNqddP+m25KZiJIzHxDsR5rEza1neJu1jE7qQ=`.
            """;
}
