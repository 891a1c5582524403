package org.mentorship.application.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.model.CallTask;
import org.mentorship.application.service.OnboardingService;
import org.mentorship.platform.time.LocalTimes;

/** Bodies of /api/v1/applications/{id}/onboarding and /api/v1/call-tasks. */
public final class OnboardingDtos {

    @Schema(name = "SignContractRequest", description = "Sign the contract version you read, with your legal name")
    public record SignRequest(
            @NotBlank @Size(max = 200) String legalName,
            @NotBlank @Size(max = 40) String contractVersion) {}

    @Schema(name = "Contract")
    public record ContractDto(
            String version,
            String text,
            boolean signed,
            String signedVersion,

            @Schema(description = "The name signed with; shown to the mentee and coordinators only, null for mentors")
            String legalName,

            Instant signedAt,

            @Schema(
                    description =
                            "The address signed from; shown to the mentee and coordinators only, null for mentors")
            String clientAddress,

            @Schema(description = "The country signed with (ISO 3166 alpha-2); stipend amounts are fixed from it")
            String country) {}

    @Schema(name = "HrStep")
    public record HrStepDto(String step, boolean done, String doneBy, Instant doneAt) {}

    @Schema(name = "Onboarding")
    public record OnboardingDto(
            UUID applicationId,
            ApplicationStatus status,
            ContractDto contract,
            List<HrStepDto> hrSteps,
            UUID mentorshipId) {
        /** The full view: the mentee's own and a coordinator's. */
        static OnboardingDto of(OnboardingService.State s) {
            return of(s, true);
        }

        /**
         * The signer's legal name and address are personal data the mentee gave for the contract: a mentor sees
         * that the contract is signed, which version, when and for which country, not the name or the IP address.
         */
        static OnboardingDto of(OnboardingService.State s, boolean withSignerDetails) {
            var sig = s.signature();
            ContractDto contract = sig.map(g -> new ContractDto(
                            s.contractVersion(),
                            s.contractText(),
                            true,
                            g.contractVersion,
                            withSignerDetails ? g.legalName : null,
                            g.signedAt,
                            withSignerDetails ? g.clientAddress : null,
                            g.country))
                    .orElse(new ContractDto(
                            s.contractVersion(), s.contractText(), false, null, null, null, null, null));
            return new OnboardingDto(
                    s.application().id,
                    s.application().status,
                    contract,
                    s.hrSteps().stream()
                            .map(h -> new HrStepDto(h.step, h.isDone(), h.doneBy, h.doneAt))
                            .toList(),
                    s.application().mentorshipId);
        }
    }

    @Schema(name = "CallDoneRequest")
    public record CallDoneRequest(@Size(max = 2000) String note) {}

    @Schema(name = "CallTask", description = "A result call a coordinator must make")
    public record CallTaskDto(
            UUID id,
            UUID applicationId,
            String applicantId,
            String phone,
            String script,
            Instant dueAt,
            CallTask.Status status,
            String doneBy,
            Instant doneAt,
            String note,

            @Schema(description = "dueAt in the viewer's time zone")
            String dueAtLocal,

            @Schema(description = "The viewer's time zone") String timeZone) {
        static CallTaskDto of(CallTask t, ZoneId zone) {
            return new CallTaskDto(
                    t.id,
                    t.applicationId,
                    t.applicantId,
                    t.phone,
                    t.script,
                    t.dueAt,
                    t.status,
                    t.doneBy,
                    t.doneAt,
                    t.note,
                    LocalTimes.local(t.dueAt, zone),
                    ViewerZone.name(zone));
        }
    }

    private OnboardingDtos() {}
}
