package org.mentorship.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.certificate.config.CertificateConfig;
import org.mentorship.certificate.model.Certificate;
import org.mentorship.certificate.model.Completion;
import org.mentorship.certificate.model.CompletionHistory;
import org.mentorship.certificate.model.CompletionStatus;
import org.mentorship.certificate.policy.CompletionPolicy;
import org.mentorship.certificate.policy.Requirement;
import org.mentorship.certificate.policy.RequirementPolicy;
import org.mentorship.certificate.policy.RequirementsSchedule;
import org.mentorship.certificate.repository.CertificateRepository;
import org.mentorship.certificate.repository.CompletionRepository;
import org.mentorship.certificate.repository.ExamRepository;
import org.mentorship.certificate.repository.SurveyRepository;
import org.mentorship.contracts.events.CompletionRequirementsOpened;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.contracts.events.MentorshipCompleted;
import org.mentorship.contracts.events.MentorshipTerminated;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/**
 * Completion records: opened and filled by events, and re-checked after every change of a requirement. Whatever
 * changes a requirement locks the record first ({@link #lockOrOpen}), then calls {@link #reconsider}: so the
 * requirements met in any order, by events and requests at once, issue exactly one certificate.
 */
@ApplicationScoped
public class CompletionService {

    private static final Logger LOG = Logger.getLogger(CompletionService.class);

    /** A record with its checklist, as computed now. */
    public record View(Completion completion, List<Requirement> checklist, Optional<Certificate> certificate) {
        public List<String> missing() {
            return CompletionPolicy.missing(completion, checklist);
        }
    }

    private final CompletionRepository completions;
    private final ExamRepository exams;
    private final SurveyRepository surveys;
    private final CertificateRepository certificates;
    private final CertificateService certificateService;
    private final Outbox outbox;
    private final RequirementsSchedule schedule;
    private final Clock clock;

    CompletionService(
            CompletionRepository completions,
            ExamRepository exams,
            SurveyRepository surveys,
            CertificateRepository certificates,
            CertificateService certificateService,
            Outbox outbox,
            CertificateConfig config,
            Clock clock) {
        this.completions = completions;
        this.exams = exams;
        this.surveys = surveys;
        this.certificates = certificates;
        this.certificateService = certificateService;
        this.outbox = outbox;
        this.schedule = new RequirementsSchedule(
                config.requirements().dueAfter(), config.requirements().remindBefore());
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onMenteeOnboarded(MenteeOnboarded e, String actor) {
        Completion c = lockOrOpen(e.mentorshipId(), e.menteeId(), actor);
        if (c.onboarded) {
            return; // the same fact again (another event id): nothing new
        }
        c.onboarded = true;
        c.menteeId = e.menteeId();
        c.menteeName = e.menteeName();
        c.menteeEmail = e.menteeEmail();
        c.termId = e.termId();
        c.termName = e.termName();
        c.projectId = e.projectId();
        c.projectTitle = e.projectTitle();
        c.organization = e.organization();
        c.programStart = e.programStart();
        c.programEnd = e.programEnd();
        c.onboardedAt = e.onboardedAt();
        c.mentorIds.clear();
        c.mentorIds.addAll(e.mentorIds());
        surveys.assignProject(c.mentorshipId, c.projectId);
        note(c, c.status, actor, "Mentee onboarded to " + e.projectTitle());
        reconsider(c, actor);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onMentorshipCompleted(MentorshipCompleted e, String actor) {
        Completion c = lockOrOpen(e.mentorshipId(), e.menteeId(), actor);
        if (c.mentorshipCompleted()) {
            return;
        }
        Instant now = clock.instant();
        c.openRequirements(e.completedAt(), e.workProductUrl(), e.finalReport(), now, schedule.dueAt(e.completedAt()));
        note(c, c.status, actor, "Mentorship completed: final evaluation passed");
        if (c.status == CompletionStatus.OPEN) {
            // The survey opens now; the survey and the exams are due by requirementsDueAt (RequirementsSchedule).
            outbox.publish(new CompletionRequirementsOpened(c.mentorshipId, c.menteeId, now, c.requirementsDueAt));
        }
        reconsider(c, actor);
    }

    /** A terminated mentorship closes its record without a certificate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onMentorshipTerminated(MentorshipTerminated e, String actor) {
        Completion c = lockOrOpen(e.mentorshipId(), e.menteeId(), actor);
        if (!CompletionPolicy.closesOnTermination(c)) {
            if (c.status == CompletionStatus.CERTIFIED) {
                LOG.warnf(
                        "Mentorship %s terminated after its certificate was issued; a coordinator may revoke it",
                        e.mentorshipId());
            }
            return;
        }
        CompletionStatus from = c.close(e.reason(), e.terminatedAt());
        note(c, from, actor, "Mentorship terminated: " + e.reason());
    }

    /**
     * The record of a mentorship, row-locked, opened if no event has opened it yet (an event from another topic
     * can overtake MenteeOnboarded).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Completion lockOrOpen(UUID mentorshipId, String menteeId, String actor) {
        if (completions.openOnce(mentorshipId, menteeId, clock.instant())) {
            Completion opened = completions.lockByMentorship(mentorshipId).orElseThrow();
            completions.record(CompletionHistory.of(opened, null, clock.instant(), actor, "Completion record opened"));
            return opened;
        }
        return completions.lockByMentorship(mentorshipId).orElseThrow();
    }

    /** The record, row-locked; 404 when there is none. For requests that change a requirement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Completion lockExisting(UUID mentorshipId) {
        return completions
                .lockByMentorship(mentorshipId)
                .orElseThrow(() -> ProblemException.notFound("Completion record of mentorship", mentorshipId));
    }

    /** Issues the certificate if every requirement now holds. The caller holds the record's lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Certificate> reconsider(Completion c, String actor) {
        if (c.status != CompletionStatus.OPEN) {
            return Optional.empty(); // closed or certified: nothing to compute
        }
        if (!CompletionPolicy.certificateDue(c, checklist(c))) {
            return Optional.empty();
        }
        Certificate certificate = certificateService.issue(c, actor);
        c.certify();
        note(c, CompletionStatus.OPEN, actor, "Every requirement met: certificate " + certificate.verificationCode);
        return Optional.of(certificate);
    }

    /** Records a requirement met (or another fact) in the record's history. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void note(Completion c, CompletionStatus from, String actor, String reason) {
        Instant now = clock.instant();
        c.updatedAt = now;
        completions.record(CompletionHistory.of(c, from, now, actor, reason));
    }

    List<Requirement> checklist(Completion c) {
        return RequirementPolicy.checklist(
                c,
                exams.applicableTo(c.projectId),
                exams.results(c.mentorshipId),
                surveys.answerOf(c.mentorshipId).isPresent());
    }

    /** The mentee's choice to be listed among the term's graduates (GET /api/v1/graduates). */
    @Transactional
    public Completion listPublicly(UUID mentorshipId, boolean listed, java.util.function.Consumer<Completion> access) {
        Completion c = lockExisting(mentorshipId);
        access.accept(c);
        if (c.listPublicly(listed, clock.instant())) {
            note(c, c.status, c.menteeId, listed ? "Listed among the term's graduates" : "No longer listed publicly");
        }
        return c;
    }

    @Transactional
    public View view(UUID mentorshipId) {
        Completion c = completions
                .findByMentorship(mentorshipId)
                .orElseThrow(() -> ProblemException.notFound("Completion record of mentorship", mentorshipId));
        return view(c);
    }

    @Transactional
    public Completion find(UUID mentorshipId) {
        return completions
                .findByMentorship(mentorshipId)
                .orElseThrow(() -> ProblemException.notFound("Completion record of mentorship", mentorshipId));
    }

    /** Whether the user mentors (or mentored) a mentorship of the project. */
    @Transactional
    public boolean mentorsProject(String mentorId, UUID projectId) {
        return completions.mentorsProject(mentorId, projectId);
    }

    @Transactional
    public List<View> viewsOfMentee(String menteeId) {
        return completions.listByMentee(menteeId).stream().map(this::view).toList();
    }

    @Transactional
    public List<CompletionHistory> history(UUID completionId) {
        return completions.history(completionId);
    }

    @Transactional
    public Page<View> search(CompletionStatus status, UUID projectId, PageRequest page) {
        return Page.of(completions.search(status, projectId), page, this::view);
    }

    public View view(Completion c) {
        return new View(c, checklist(c), certificates.findByMentorship(c.mentorshipId));
    }
}
