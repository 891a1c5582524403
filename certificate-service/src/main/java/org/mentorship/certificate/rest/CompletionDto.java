package org.mentorship.certificate.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.mentorship.certificate.model.CompletionStatus;
import org.mentorship.certificate.policy.Requirement;
import org.mentorship.certificate.service.CompletionService;
import org.mentorship.platform.time.LocalTimes;

/** A completion record with its checklist and what is still missing. */
public record CompletionDto(
        UUID id,
        UUID mentorshipId,
        String menteeId,
        String menteeName,
        CompletionStatus status,
        UUID projectId,
        String projectTitle,
        String organization,
        String termName,
        LocalDate programStart,
        LocalDate programEnd,
        Instant mentorshipCompletedAt,
        String workProductUrl,
        Instant surveyOpenedAt,
        Instant requirementsDueAt,
        String requirementsDueAtLocal,
        String timeZone,
        boolean publiclyListed,
        Instant closedAt,
        String closeReason,
        List<Requirement> requirements,
        List<String> missing,
        UUID certificateId,
        String verificationCode,
        Instant updatedAt) {

    /** {@code zone}: the viewer's, in which the due instant is also shown (requirementsDueAtLocal). */
    static CompletionDto of(CompletionService.View v, ZoneId zone) {
        var c = v.completion();
        return new CompletionDto(
                c.id,
                c.mentorshipId,
                c.menteeId,
                c.menteeName,
                c.status,
                c.projectId,
                c.projectTitle,
                c.organization,
                c.termName,
                c.programStart,
                c.programEnd,
                c.mentorshipCompletedAt,
                c.workProductUrl,
                c.surveyOpenedAt,
                c.requirementsDueAt,
                c.requirementsDueAt == null ? null : LocalTimes.local(c.requirementsDueAt, zone),
                zone.getId(),
                c.publiclyListed,
                c.closedAt,
                c.closeReason,
                v.checklist(),
                v.missing(),
                v.certificate().map(x -> x.id).orElse(null),
                v.certificate().map(x -> x.verificationCode).orElse(null),
                c.updatedAt);
    }
}
