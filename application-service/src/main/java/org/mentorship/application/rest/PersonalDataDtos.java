package org.mentorship.application.rest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.application.model.ContractSignature;
import org.mentorship.application.rest.ApplicantDtos.ProfileDto;
import org.mentorship.application.rest.ApplicationDtos.ApplicationDto;
import org.mentorship.application.rest.ApplicationDtos.NotificationDto;
import org.mentorship.application.rest.ErasureDtos.ErasureRequestDto;
import org.mentorship.application.rest.OnboardingDtos.CallTaskDto;
import org.mentorship.application.rest.PersonProfileDtos.PersonProfileDto;
import org.mentorship.application.service.PersonalDataService;
import org.mentorship.application.service.ProfileService;
import org.mentorship.platform.notice.NoticeView;

/** The body of /api/v1/me/data: everything application-service holds about the caller. */
public final class PersonalDataDtos {

    @Schema(name = "ContractSignatureRecord", description = "A contract as the person signed it")
    public record SignatureDto(
            UUID applicationId,
            String contractVersion,
            String contractText,
            String legalName,
            Instant signedAt,
            String clientAddress,
            String country) {
        static SignatureDto of(ContractSignature s) {
            return new SignatureDto(
                    s.applicationId,
                    s.contractVersion,
                    s.contractText,
                    s.legalName,
                    s.signedAt,
                    s.clientAddress,
                    s.country);
        }
    }

    @Schema(name = "PersonalApplication", description = "One of my applications and what hangs on it")
    public record ApplicationDataDto(
            ApplicationDto application,
            List<PrerequisiteDto> prerequisites,
            @Schema(nullable = true) SignatureDto contractSignature,
            List<NotificationDto> emails,
            List<CallTaskDto> callTasks) {}

    @Schema(
            name = "ApplicationPersonalData",
            description = "Everything application-service holds about me (my part of GET /api/v1/me/export)")
    public record PersonalDataDto(
            String personId,
            PersonProfileDto settings,

            @Schema(nullable = true, description = "My applicant profile; null if I never made one")
            ProfileDto applicantProfile,

            List<ApplicationDataDto> applications,
            List<NoticeView> notices,

            @Schema(description = "My answers to terms' eligibility questions")
            List<EligibilityDtos.AnswerDto> eligibilityAnswers,

            @Schema(description = "The rubric scores and comments I gave as a reviewer")
            List<SelectionDtos.ScoreSetDto> scoresGiven,

            @Schema(nullable = true) ErasureRequestDto erasureRequest) {

        static PersonalDataDto of(PersonalDataService.PersonalData d, ProfileService profiles) {
            ZoneId zone = d.settings().timeZone();
            return new PersonalDataDto(
                    d.personId(),
                    PersonProfileDto.of(d.settings()),
                    d.applicant().map(a -> ProfileDto.of(a, profiles)).orElse(null),
                    d.applications().stream()
                            .map(a -> new ApplicationDataDto(
                                    ApplicationDto.of(a.view(), false, false, zone),
                                    a.prerequisites().stream()
                                            .map(i -> PrerequisiteDto.of(i, zone))
                                            .toList(),
                                    a.signature().map(SignatureDto::of).orElse(null),
                                    a.mails().stream().map(NotificationDto::of).toList(),
                                    a.calls().stream()
                                            .map(t -> CallTaskDto.of(t, zone))
                                            .toList()))
                            .toList(),
                    d.notices(),
                    d.eligibilityAnswers().stream()
                            .map(EligibilityDtos.AnswerDto::of)
                            .toList(),
                    d.scoresGiven().stream().map(SelectionDtos.ScoreSetDto::of).toList(),
                    d.erasure().map(ErasureRequestDto::of).orElse(null));
        }
    }

    private PersonalDataDtos() {}
}
