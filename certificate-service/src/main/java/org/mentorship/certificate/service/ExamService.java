package org.mentorship.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentorship.certificate.model.Completion;
import org.mentorship.certificate.model.ExamDefinition;
import org.mentorship.certificate.model.ExamPartner;
import org.mentorship.certificate.model.ExamResult;
import org.mentorship.certificate.policy.CompletionPolicy;
import org.mentorship.certificate.policy.ExamAttemptPolicy;
import org.mentorship.certificate.repository.ExamRepository;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.security.SeparationOfDuties;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/** Exam definitions, and attempts recorded by coordinators or partner systems. */
@ApplicationScoped
public class ExamService {

    private final ExamRepository exams;
    private final CompletionService completions;
    private final Clock clock;

    ExamService(ExamRepository exams, CompletionService completions, Clock clock) {
        this.exams = exams;
        this.completions = completions;
        this.clock = clock;
    }

    @Transactional
    public ExamDefinition define(String name, UUID projectId, int passMark, boolean required, String actor) {
        ExamDefinition exam = new ExamDefinition();
        exam.id = UUID.randomUUID();
        exam.name = name.strip();
        exam.projectId = projectId;
        exam.passMark = passMark;
        exam.required = required;
        exam.createdAt = clock.instant();
        exam.createdBy = actor;
        exams.persist(exam);
        return exam;
    }

    @Transactional
    public ExamDefinition definition(UUID id) {
        return exams.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Exam", id));
    }

    @Transactional
    public Page<ExamDefinition> definitions(UUID projectId, PageRequest page) {
        return Page.of(exams.search(projectId), page, e -> e);
    }

    /**
     * Records one attempt. Refused when the exam does not apply to the mentorship's project, or the record is
     * closed. A passing attempt may complete the requirements and issue the certificate in this transaction. A retry
     * with its Idempotency-Key is replayed by the platform (ExamResource) and never reaches here.
     */
    @Transactional
    public ExamResult record(UUID examId, UUID mentorshipId, int score, Instant takenAt, String actor, String role) {
        ExamDefinition exam = definition(examId);
        ExamAttemptPolicy.requireRecorder(
                Roles.COORDINATOR.equals(role), exams.isPartnerOf(exam.id, actor), actor, exam.name);
        Completion c = completions.lockExisting(mentorshipId);
        // A passing result may issue her certificate: not hers to record, whatever roles her token holds.
        SeparationOfDuties.requireNotSelf(actor, c.menteeId, "record the exam results of this mentorship");
        CompletionPolicy.requireExamRecordable(c, exam);
        Instant now = clock.instant();
        Instant taken = ExamAttemptPolicy.takenDuringMentorship(takenAt, c.onboardedAt, now);
        ExamResult r = new ExamResult();
        r.id = UUID.randomUUID();
        r.examId = exam.id;
        r.mentorshipId = mentorshipId;
        r.menteeId = c.menteeId;
        r.score = score;
        r.passed = score >= exam.passMark;
        r.takenAt = taken;
        r.recordedAt = now;
        r.recordedBy = actor;
        r.recorderRole = role;
        exams.persistResult(r);
        completions.note(
                c,
                c.status,
                actor,
                "Exam '" + exam.name + "' attempt: score " + score
                        + (r.passed ? " (passed)" : " (not passed, pass mark " + exam.passMark + ")"));
        if (r.passed) {
            completions.reconsider(c, actor);
        }
        return r;
    }

    /** Registers a partner system to record attempts of the exam (idempotent: the first registration stays). */
    @Transactional
    public ExamPartner registerPartner(UUID examId, String partnerId, String coordinator) {
        ExamDefinition exam = definition(examId);
        return exams.register(ExamPartner.of(exam.id, partnerId, coordinator, clock.instant()));
    }

    /** From now on the partner records no more attempts of the exam; those it recorded stay. */
    @Transactional
    public void unregisterPartner(UUID examId, String partnerId) {
        definition(examId);
        if (!exams.unregister(examId, partnerId)) {
            throw ProblemException.notFound("Partner registration", partnerId);
        }
    }

    @Transactional
    public List<ExamPartner> partners(UUID examId) {
        definition(examId);
        return exams.partners(examId);
    }

    @Transactional
    public List<ExamResult> results(UUID mentorshipId) {
        return exams.results(mentorshipId);
    }
}
