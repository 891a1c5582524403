package org.mentorship.application.rest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.application.model.EvidenceKind;
import org.mentorship.application.model.PrerequisiteStatus;
import org.mentorship.application.service.PrerequisiteService;
import org.mentorship.platform.time.LocalTimes;

@Schema(name = "Prerequisite", description = "A prerequisite task and the applicant's progress on it")
public record PrerequisiteDto(
        UUID taskId,
        int position,
        String title,
        String instructions,
        EvidenceKind evidenceKind,
        PrerequisiteStatus status,
        String evidence,
        Instant submittedAt,
        String reviewedBy,
        Instant reviewedAt,
        String reviewComment,

        @Schema(description = "When it is due: the term's review end")
        Instant dueAt,

        @Schema(description = "dueAt in the viewer's time zone")
        String dueAtLocal,

        @Schema(description = "The viewer's time zone") String timeZone) {

    static PrerequisiteDto of(PrerequisiteService.Item item, ZoneId zone) {
        var t = item.task();
        var p = item.progress();
        return new PrerequisiteDto(
                t.id,
                t.position,
                t.title,
                t.instructions,
                t.evidenceKind,
                p.status,
                p.evidence,
                p.submittedAt,
                p.reviewedBy,
                p.reviewedAt,
                p.reviewComment,
                item.dueAt(),
                LocalTimes.local(item.dueAt(), zone),
                ViewerZone.name(zone));
    }
}
