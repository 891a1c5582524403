package org.mentorship.certificate.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.mentorship.certificate.model.ExamDefinition;
import org.mentorship.certificate.model.ExamPartner;
import org.mentorship.certificate.model.ExamResult;

/** Requests and responses of the exam endpoints. */
public final class ExamDtos {

    /** A new exam: program-wide without projectId. */
    public record DefineExam(
            @NotBlank @Size(max = 200) String name,
            UUID projectId,
            @NotNull @Min(0) @Max(100) Integer passMark,
            @NotNull Boolean required) {}

    public record Definition(
            UUID id, String name, UUID projectId, int passMark, boolean required, Instant createdAt, String createdBy) {
        static Definition of(ExamDefinition e) {
            return new Definition(e.id, e.name, e.projectId, e.passMark, e.required, e.createdAt, e.createdBy);
        }
    }

    /** One attempt; takenAt defaults to now. */
    public record RecordResult(
            @NotNull UUID examId,
            @NotNull UUID mentorshipId,
            @NotNull @Min(0) @Max(100) Integer score,
            Instant takenAt) {}

    public record Result(
            UUID id,
            UUID examId,
            UUID mentorshipId,
            String menteeId,
            int score,
            boolean passed,
            Instant takenAt,
            Instant recordedAt,
            String recordedBy,
            String recorderRole) {
        static Result of(ExamResult r) {
            return new Result(
                    r.id,
                    r.examId,
                    r.mentorshipId,
                    r.menteeId,
                    r.score,
                    r.passed,
                    r.takenAt,
                    r.recordedAt,
                    r.recordedBy,
                    r.recorderRole);
        }
    }

    private ExamDtos() {}

    /** A partner system registered to record attempts of an exam. */
    public record Partner(UUID examId, String partnerId, String registeredBy, Instant registeredAt) {
        static Partner of(ExamPartner p) {
            return new Partner(p.key.examId(), p.key.partnerId(), p.grantedBy, p.grantedAt);
        }
    }
}
