package org.mentorship.application.service;

import static org.mentorship.application.problem.ApplicationProblems.ALREADY_ACCEPTED_IN_TERM;
import static org.mentorship.application.problem.ApplicationProblems.APPLICATION_NOT_OPEN;
import static org.mentorship.application.problem.ApplicationProblems.NO_FREE_SLOT;
import static org.mentorship.application.problem.ApplicationProblems.PREREQUISITES_INCOMPLETE;
import static org.mentorship.application.problem.ApplicationProblems.REASON_REQUIRED;
import static org.mentorship.application.problem.ApplicationProblems.REVIEW_MINIMUM_NOT_REACHED;
import static org.mentorship.application.problem.ApplicationProblems.REVIEW_PERIOD_ENDED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mentorship.application.config.AdmissionsConfig;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.model.Project;
import org.mentorship.application.model.Recommendation;
import org.mentorship.application.model.Term;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.PrerequisiteProgressRepository;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.application.repository.TermRepository;
import org.mentorship.contracts.events.ApplicationAccepted;
import org.mentorship.contracts.events.ApplicationRejected;
import org.mentorship.contracts.events.ApplicationWithdrawn;
import org.mentorship.platform.outbox.Outbox;

/** Coordinators' decisions and mentors' recommendations. */
@ApplicationScoped
public class DecisionService {

    public enum Outcome {
        ACCEPT,
        REJECT
    }

    public static final String ACCEPTED_ELSEWHERE = "accepted to another project of the term";

    private final Access access;
    private final ApplicationRepository applications;
    private final ProjectRepository projects;
    private final TermRepository terms;
    private final PrerequisiteProgressRepository progress;
    private final StatusChanges statusChanges;
    private final ResultNotifier notifier;
    private final OnboardingService onboarding;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final AdmissionsConfig config;
    private final Clock clock;

    DecisionService(
            Access access,
            ApplicationRepository applications,
            ProjectRepository projects,
            TermRepository terms,
            PrerequisiteProgressRepository progress,
            StatusChanges statusChanges,
            ResultNotifier notifier,
            OnboardingService onboarding,
            Outbox outbox,
            EntityManager entityManager,
            AdmissionsConfig config,
            Clock clock) {
        this.access = access;
        this.applications = applications;
        this.projects = projects;
        this.terms = terms;
        this.progress = progress;
        this.statusChanges = statusChanges;
        this.notifier = notifier;
        this.onboarding = onboarding;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Application decide(UUID id, Outcome outcome, String reason, String overrideReason, String internalNote) {
        // The project row lock comes first: concurrent decisions on one project queue here, and the slot count
        // below is read after the previous decision committed.
        Application found = access.find(id);
        access.requireNotApplicant(found, "decide this application");
        lockRow("project", "id", found.projectId);
        lockRow("applicant", "user_id", found.applicantId);
        entityManager.refresh(found);
        Application application = found;
        if (application.status != ApplicationStatus.SUBMITTED) {
            throw APPLICATION_NOT_OPEN.with(
                    "Only a submitted application can be decided; this one is " + application.status);
        }
        Term term = terms.findById(application.termId);
        Instant now = clock.instant();
        String actor = access.actor();
        if (outcome == Outcome.REJECT) {
            if (isBlank(reason)) {
                throw REASON_REQUIRED.with("Say why the application is rejected");
            }
            record(application, actor, now, reason.trim(), null);
            statusChanges.change(application, ApplicationStatus.REJECTED, actor, reason.trim(), internalNote);
            outbox.publish(new ApplicationRejected(
                    application.id,
                    application.termId,
                    application.projectId,
                    application.applicantId,
                    reason.trim(),
                    now));
            notifier.notAccepted(application, reason.trim());
            return application;
        }
        if (!now.isBefore(term.reviewEndsAt())) {
            throw REVIEW_PERIOD_ENDED.with("The review period ended at " + term.reviewEndsAt());
        }
        if (!progress.allApproved(application.id)) {
            throw PREREQUISITES_INCOMPLETE.with(
                    "Every prerequisite must be approved before the application can be accepted");
        }
        Instant earliest = earliestDecision(application);
        boolean early = now.isBefore(earliest);
        if (early && isBlank(overrideReason)) {
            throw REVIEW_MINIMUM_NOT_REACHED.with(
                    "The application is in review until " + earliest + "; accept earlier only with an overrideReason");
        }
        if (applications
                .acceptedInTerm(application.applicantId, application.termId)
                .isPresent()) {
            throw ALREADY_ACCEPTED_IN_TERM.with("The applicant is already accepted to a project of this term");
        }
        Project project = projects.findById(application.projectId);
        long taken = applications.countHoldingSlot(project.id);
        if (taken >= project.slots) {
            throw NO_FREE_SLOT.with("All " + project.slots + " slots of '" + project.title + "' are taken");
        }
        record(application, actor, now, isBlank(reason) ? null : reason.trim(), early ? overrideReason.trim() : null);
        String note = early ? join("review minimum overridden: " + overrideReason.trim(), internalNote) : internalNote;
        statusChanges.change(
                application, ApplicationStatus.ACCEPTED, actor, isBlank(reason) ? "accepted" : reason.trim(), note);
        outbox.publish(new ApplicationAccepted(
                application.id, application.termId, application.projectId, application.applicantId, actor, now));
        List<Project> withdrawnFrom = new ArrayList<>();
        for (Application other : applications.openInTerm(application.applicantId, application.termId)) {
            if (!other.id.equals(application.id)) {
                statusChanges.change(other, ApplicationStatus.WITHDRAWN, actor, ACCEPTED_ELSEWHERE, null);
                outbox.publish(new ApplicationWithdrawn(
                        other.id, other.termId, other.projectId, other.applicantId, ACCEPTED_ELSEWHERE, now));
                withdrawnFrom.add(projects.findById(other.projectId));
            }
        }
        onboarding.start(application);
        notifier.accepted(application, withdrawnFrom);
        return application;
    }

    @Transactional
    public Application recommend(UUID id, Recommendation recommendation, String note) {
        Application application = access.reviewable(id, "recommend this application");
        if (application.status != ApplicationStatus.SUBMITTED) {
            throw APPLICATION_NOT_OPEN.with(
                    "Recommendations are for submitted applications; this one is " + application.status);
        }
        application.recommendation = recommendation;
        application.recommendedBy = access.actor();
        application.recommendationNote = note;
        return application;
    }

    public Instant earliestDecision(Application application) {
        return application.submittedAt.plus(Duration.ofDays(config.reviewFloorDays()));
    }

    private void lockRow(String table, String key, Object id) {
        entityManager
                .createNativeQuery("select 1 from " + table + " where " + key + " = ?1 for update")
                .setParameter(1, id)
                .getResultList();
    }

    private static void record(Application application, String actor, Instant now, String reason, String override) {
        application.decidedAt = now;
        application.decidedBy = actor;
        application.decisionReason = reason;
        application.overrideReason = override;
    }

    private static String join(String a, String b) {
        return isBlank(b) ? a : a + "; " + b;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
