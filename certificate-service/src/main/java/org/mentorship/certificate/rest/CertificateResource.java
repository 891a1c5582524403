package org.mentorship.certificate.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.certificate.model.Certificate;
import org.mentorship.certificate.model.CertificateStatus;
import org.mentorship.certificate.policy.CertificatePolicy;
import org.mentorship.certificate.rest.CertificateDtos.CertificateDto;
import org.mentorship.certificate.rest.CertificateDtos.Facts;
import org.mentorship.certificate.rest.CertificateDtos.PublicKey;
import org.mentorship.certificate.rest.CertificateDtos.Revoke;
import org.mentorship.certificate.rest.CertificateDtos.VerificationDto;
import org.mentorship.certificate.service.CertificateService;
import org.mentorship.certificate.service.CertificateSigner;
import org.mentorship.certificate.service.LetterPdf;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.ObjectAccess;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

@Path("/api/v1/certificates")
@Tag(name = "Certificates", description = "Letters of Completion: PDF, public verification, revocation")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    private static final String CERTIFICATE = """
            {"id":"2f4e6d8c-0a1b-4c3d-9e5f-7a6b5c4d3e2f","mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e",
             "menteeId":"mentee-ana-okafor","menteeName":"Ana Okafor","projectTitle":"Add structured logging",
             "organization":"Cloud Native Storage Foundation","termName":"Spring 2026","programStart":"2026-03-02",
             "programEnd":"2026-05-29","workProductUrl":"https://github.com/cnsf/storage/pulls?q=author:ana-okafor",
             "completedAt":"2026-05-29T10:00:00Z","issuedAt":"2026-05-30T08:00:00Z",
             "verificationCode":"7KQ2-M9XD-4RTA-JH3C",
             "verificationUrl":"https://mentorship.example.org/api/v1/certificates/verify/7KQ2-M9XD-4RTA-JH3C",
             "status":"VALID","revokedAt":null,"revocationReason":null,"mailedAt":"2026-05-30T08:00:02Z",
             "history":[{"at":"2026-05-30T08:00:00Z","actor":"mentee-ana-okafor","from":null,"to":"VALID","reason":"Every requirement met"}],
             "mail":{"state":"SENT","attempts":1,"nextAttemptAt":null,"lastError":null}}""";

    private final CertificateService certificates;
    private final CertificateSigner signer;
    private final LetterPdf pdf;
    private final Caller caller;
    private final Clock clock;

    CertificateResource(
            CertificateService certificates, CertificateSigner signer, LetterPdf pdf, Caller caller, Clock clock) {
        this.certificates = certificates;
        this.signer = signer;
        this.pdf = pdf;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.COORDINATOR})
    @Operation(
            operationId = "listCertificates",
            summary = "Certificates, newest first",
            description = "Coordinators see all (filter by status or " + "menteeId); mentees their own.")
    @APIResponse(
            responseCode = "200",
            description = "A page of certificates",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.CertificatePage.class),
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            value = "{\"items\":[" + CERTIFICATE
                                                    + "],\"page\":0,\"size\":20,\"total\":1}")))
    public Page<CertificateDto> list(
            @QueryParam("status") CertificateStatus status,
            @QueryParam("menteeId") @Size(max = 200) String menteeId,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        String mentee = caller.is(Roles.COORDINATOR) ? menteeId : caller.userId();
        boolean coordinator = caller.is(Roles.COORDINATOR);
        return certificates
                .search(status, mentee, PageRequest.of(page, size))
                .map(c -> CertificateDto.of(c, null, coordinator));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MENTEE, Roles.COORDINATOR})
    @Operation(
            operationId = "getCertificate",
            summary = "One certificate with its history",
            description = "The owner's or any for a coordinator; " + "another's is 404.")
    @APIResponse(
            responseCode = "200",
            description = "The certificate",
            content =
                    @Content(
                            schema = @Schema(implementation = CertificateDto.class),
                            examples = @ExampleObject(name = "certificate", value = CERTIFICATE)))
    public CertificateDto get(@PathParam("id") UUID id) {
        Certificate c = certificates.get(id);
        ObjectAccess.to(caller, "Certificate", id)
                .role(Roles.COORDINATOR)
                .self(c.menteeId)
                .require();
        return CertificateDto.of(
                c, certificates.history(id).stream().map(HistoryDto::of).toList(), caller.is(Roles.COORDINATOR));
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.FINANCE, Roles.PARTNER})
    @Operation(
            operationId = "getCertificatePdf",
            summary = "Download my Letter of Completion (PDF)",
            description = "Only its owner; anyone else gets "
                    + "404. A letter whose stored facts fail their signature is not served.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(
            responseCode = "404",
            description = "No such certificate of the caller",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples =
                                    @ExampleObject(
                                            name = "not-found",
                                            value = CertificateDocs.GET_CERTIFICATE_PDF_NOT_FOUND)))
    public Response pdf(@PathParam("id") UUID id) {
        Certificate c = certificates.get(id);
        if (!c.menteeId.equals(caller.userId())) {
            throw ProblemException.notFound("Certificate", id);
        }
        CertificatePolicy.requireAuthentic(c, certificates.signatureValid(c));
        return Response.ok(pdf.render(c), "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"letter-of-completion-" + c.verificationCode + ".pdf\"")
                .build();
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "revokeCertificate",
            summary = "Revoke a certificate, with a reason",
            description = "Verification then reports it "
                    + "revoked; CertificateRevoked is published. A revoked certificate stays revoked.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "revoke",
                                            value = "{\"reason\":\"Plagiarised contributions\"}")))
    @APIResponse(
            responseCode = "200",
            description = "Revoked",
            content =
                    @Content(
                            schema = @Schema(implementation = CertificateDto.class),
                            examples =
                                    @ExampleObject(
                                            name = "revoked",
                                            value =
                                                    "{\"id\":\"2f4e6d8c-0a1b-4c3d-9e5f-7a6b5c4d3e2f\",\"status\":\"REVOKED\","
                                                            + "\"revokedAt\":\"2026-06-10T09:00:00Z\",\"revocationReason\":\"Plagiarised contributions\"}")))
    @APIResponse(
            responseCode = "409",
            description = "certificate-already-revoked",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples =
                                    @ExampleObject(
                                            name = "already",
                                            value = CertificateDocs.REVOKE_CERTIFICATE_ALREADY_REVOKED)))
    @APIResponse(responseCode = "403", description = "forbidden, self-dealing (your own certificate)")
    public CertificateDto revoke(@PathParam("id") UUID id, @Valid @NotNull Revoke request) {
        Certificate c = certificates.revoke(id, request.reason().strip(), caller.userId());
        return CertificateDto.of(
                c, certificates.history(id).stream().map(HistoryDto::of).toList(), caller.is(Roles.COORDINATOR));
    }

    @GET
    @Path("/verify/{code}")
    @PermitAll
    @Operation(
            operationId = "verifyCertificate",
            summary = "Verify a Letter of Completion (no sign-in)",
            description = CertificateDocs.VERIFY_CERTIFICATE)
    @APIResponse(
            responseCode = "200",
            description = "What the code proves",
            content =
                    @Content(
                            schema = @Schema(implementation = VerificationDto.class),
                            examples = {
                                @ExampleObject(name = "valid", value = CertificateDocs.VERIFY_CERTIFICATE_VALID),
                                @ExampleObject(name = "revoked", value = CertificateDocs.VERIFY_CERTIFICATE_REVOKED),
                                @ExampleObject(name = "tampered", value = CertificateDocs.VERIFY_CERTIFICATE_TAMPERED)
                            }))
    @APIResponse(
            responseCode = "404",
            description = "certificate-unknown: no certificate has this code",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples =
                                    @ExampleObject(
                                            name = "unknown",
                                            value = CertificateDocs.VERIFY_CERTIFICATE_UNKNOWN)))
    public VerificationDto verify(@PathParam("code") @Size(max = 64) String code) {
        CertificateService.Verification v = certificates.verify(code);
        Certificate c = v.certificate();
        if (!v.signatureValid()) {
            return new VerificationDto(
                    c.verificationCode,
                    CertificatePolicy.verdict(c, false),
                    false,
                    false,
                    null,
                    null,
                    null,
                    c.keyId,
                    clock.instant());
        }
        Facts facts = new Facts(
                c.menteeName,
                c.projectTitle,
                c.organization,
                c.termName,
                c.programStart,
                c.programEnd,
                c.completedAt,
                c.issuedAt,
                c.workProductUrl);
        return new VerificationDto(
                c.verificationCode,
                CertificatePolicy.verdict(c, true),
                CertificatePolicy.inForce(c, true),
                true,
                facts,
                c.revokedAt,
                c.revocationReason,
                c.keyId,
                clock.instant());
    }

    @GET
    @Path("/verify/public-key")
    @PermitAll
    @Operation(
            operationId = "getCertificateVerificationKey",
            summary = "The public key certificates are signed with",
            description = "Ed25519, X.509 " + "SubjectPublicKeyInfo in base64, for checking signatures offline.")
    @APIResponse(
            responseCode = "200",
            description = "The key",
            content =
                    @Content(
                            schema = @Schema(implementation = PublicKey.class),
                            examples =
                                    @ExampleObject(
                                            name = "key",
                                            value =
                                                    "{\"keyId\":\"ed25519-1\",\"algorithm\":\"Ed25519\",\"format\":\"X.509\","
                                                            + "\"key\":\"MCowBQYDK2VwAyEA...\"}")))
    public PublicKey publicKey() {
        return new PublicKey(signer.keyId(), "Ed25519", "X.509", signer.publicKeyBase64());
    }
}
