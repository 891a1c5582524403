package org.mentorship.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.Project;
import org.mentorship.application.model.Recommendation;
import org.mentorship.application.model.ScreeningVerdict;
import org.mentorship.application.model.Term;
import org.mentorship.application.policy.MentorCapacityPolicy;
import org.mentorship.application.policy.ReviewPolicy;
import org.mentorship.application.policy.ScoringPolicy;
import org.mentorship.application.policy.SelectionPolicy;
import org.mentorship.application.policy.WaitlistPolicy;
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

    private static final Logger LOG = Logger.getLogger(DecisionService.class);

    /** Who accepts the first waitlisted application into a freed slot. */
    static final String WAITLIST_ACTOR = "system:waitlist";

    public enum Outcome {
        ACCEPT,
        REJECT,
        /** Onto the project's waitlist (WaitlistPolicy): accepted when an accepted applicant withdraws. */
        WAITLIST
    }

    private final Access access;
    private final ApplicationRepository applications;
    private final ProjectRepository projects;
    private final TermRepository terms;
    private final PrerequisiteProgressRepository progress;
    private final StatusChanges statusChanges;
    private final ResultNotifier notifier;
    private final OnboardingService onboarding;
    private final Outbox outbox;
    private final MentorService mentors;
    private final EntityManager entityManager;
    private final ReviewPolicy review;
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
            MentorService mentors,
            EntityManager entityManager,
            ReviewPolicy review,
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
        this.mentors = mentors;
        this.entityManager = entityManager;
        this.review = review;
        this.clock = clock;
    }

    @Transactional
    public Application decide(UUID id, Outcome outcome, String reason, String overrideReason, String internalNote) {
        Application application = lockedForDecision(id, "decide this application");
        Term term = terms.findById(application.termId);
        Instant now = clock.instant();
        String actor = access.actor();
        if (outcome == Outcome.REJECT) {
            String why = SelectionPolicy.rejectionReason(reason);
            rejected(application, application.reject(actor, now, why), internalNote, true);
            return application;
        }
        if (outcome == Outcome.WAITLIST) {
            application.requireWaitlistable(); // before the other checks: a decided one is 409 whatever else holds
        }
        ReviewPolicy.requireReviewRunning(term.reviewEndsAt(), now);
        ReviewPolicy.requirePrerequisitesApproved(progress.allApproved(application.id));
        boolean early = SelectionPolicy.overridesReviewMinimum(
                review.earliestDecision(application.submittedAt), now, overrideReason);
        Optional<Application> released = SelectionPolicy.releasedBy(
                application, applications.acceptedInTerm(application.applicantId, application.termId));
        String override = early ? overrideReason.trim() : null;
        String note = early ? join("review minimum overridden: " + override, internalNote) : internalNote;
        String why = isBlank(reason) ? null : reason.trim();
        if (outcome == Outcome.WAITLIST) {
            // No event and no notice: nothing is decided yet; the applicant sees her status and next step.
            statusChanges.record(application, application.waitlist(actor, now, why), note);
            return application;
        }
        Project project = projects.findById(application.projectId);
        SelectionPolicy.requireFreeSlot(project.slots, applications.countHoldingSlot(project.id), project.title);
        MentorCapacityPolicy.requireRoom(mentors.loads(project), project.title);
        statusChanges.record(application, application.accept(actor, now, why, override), note);
        acceptance(application, released, actor, now);
        return application;
    }

    /**
     * An accepted application of the project was withdrawn (in that transaction):
     * the first on its waitlist is accepted into the freed slot (WaitlistPolicy), with the event, onboarding and
     * notice of any acceptance, so downstream services see a normal ApplicationAccepted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Application> offerFreedSlot(UUID projectId) {
        lockRow("project", "id", projectId); // as a decision: offers and decisions of a project queue here
        Project project = projects.findById(projectId);
        Term term = terms.findById(project.termId);
        Instant now = clock.instant();
        Optional<Application> offered = WaitlistPolicy.nextOffer(
                applications.waitlist(projectId),
                candidate -> heldInTerm(candidate)
                        .map(held -> SelectionPolicy.preferredOver(candidate, held))
                        .orElse(true),
                project.slots,
                applications.countHoldingSlot(projectId),
                term.programStart,
                LocalDate.ofInstant(now, ZoneOffset.UTC));
        if (offered.isPresent()) {
            Optional<MentorCapacityPolicy.Load> full = MentorCapacityPolicy.firstAtCapacity(mentors.loads(project));
            if (full.isPresent()) {
                // The freed slot stays free: the waitlist waits for a mentor with room (an admin accepts then).
                LOG.infof(
                        "Freed slot of project %s not offered: mentor %s is at capacity (%d)",
                        projectId, full.get().mentorId(), full.get().capacity());
                return Optional.empty();
            }
        }
        offered.ifPresent(next -> {
            lockRow("applicant", "user_id", next.applicantId);
            entityManager.refresh(next);
            Optional<Application> released = SelectionPolicy.releasedBy(next, heldInTerm(next));
            statusChanges.record(
                    next, next.offerFreedSlot(WAITLIST_ACTOR, now, WaitlistPolicy.OFFERED_FREED_SLOT), null);
            acceptance(next, released, WAITLIST_ACTOR, now);
        });
        return offered;
    }

    private Optional<Application> heldInTerm(Application application) {
        return applications.acceptedInTerm(application.applicantId, application.termId);
    }

    /**
     * After an acceptance's status change: its event; the application it releases (the applicant ranked this one
     * higher), whose slot goes to its waitlist; her other open applications; onboarding; the notice naming them all.
     */
    private void acceptance(Application application, Optional<Application> released, String actor, Instant now) {
        outbox.publish(new ApplicationAccepted(
                application.id, application.termId, application.projectId, application.applicantId, actor, now));
        List<Project> withdrawnFrom = new ArrayList<>();
        if (released.isPresent()) {
            Application held = released.get();
            statusChanges.record(held, held.release(actor, SelectionPolicy.HIGHER_PREFERENCE), null);
            outbox.publish(new ApplicationWithdrawn(
                    held.id, held.termId, held.projectId, held.applicantId, SelectionPolicy.HIGHER_PREFERENCE, now));
            withdrawnFrom.add(projects.findById(held.projectId));
            offerFreedSlot(held.projectId);
        }
        for (Application other : SelectionPolicy.withdrawnOnAcceptance(
                application, applications.openInTerm(application.applicantId, application.termId))) {
            statusChanges.record(
                    other, other.withdrawForAcceptanceElsewhere(actor, SelectionPolicy.ACCEPTED_ELSEWHERE), null);
            outbox.publish(new ApplicationWithdrawn(
                    other.id,
                    other.termId,
                    other.projectId,
                    other.applicantId,
                    SelectionPolicy.ACCEPTED_ELSEWHERE,
                    now));
            withdrawnFrom.add(projects.findById(other.projectId));
        }
        onboarding.start(application);
        notifier.accepted(application, withdrawnFrom);
    }

    /**
     * A coordinator screens an open application out as spam or ineligible: rejected through the same path as any
     * rejection (history, ApplicationRejected). An ineligible applicant is told as every rejected one is; spam is not
     * answered (no mail, call or notice): a reply confirms a live address to whoever sends it and tells them what was
     * caught. The verdict and reason stay in the record and its history.
     */
    @Transactional
    public Application screen(UUID id, ScreeningVerdict verdict, String reason) {
        String why = ScoringPolicy.screeningReason(reason);
        Application application = lockedForDecision(id, "screen this application");
        Application.Transition transition = application.screenOut(verdict, access.actor(), clock.instant(), why);
        rejected(application, transition, null, verdict == ScreeningVerdict.INELIGIBLE);
        return application;
    }

    @Transactional
    public Application recommend(UUID id, Recommendation recommendation, String note) {
        Application application = access.reviewable(id, "recommend this application");
        application.recommend(recommendation, access.actor(), note);
        return application;
    }

    /**
     * The application to decide, read again under the locks. The project row lock comes first: concurrent decisions
     * on one project queue here, and the slot count is read after the previous decision committed.
     */
    private Application lockedForDecision(UUID id, String action) {
        Application found = access.runnable(id); // a coordinator, or an org-admin of its organisation (404 otherwise)
        access.requireNotApplicant(found, action);
        access.requireNoCoMentor(found, action);
        lockRow("project", "id", found.projectId);
        lockRow("applicant", "user_id", found.applicantId);
        entityManager.refresh(found);
        found.requireDecidable();
        return found;
    }

    /** Every rejection: its history entry, its event, and (unless screened out as spam) the applicant's notice. */
    private void rejected(
            Application application, Application.Transition transition, String internalNote, boolean tellApplicant) {
        statusChanges.record(application, transition, internalNote);
        outbox.publish(new ApplicationRejected(
                application.id,
                application.termId,
                application.projectId,
                application.applicantId,
                transition.reason(),
                application.decidedAt));
        if (tellApplicant) {
            notifier.notAccepted(application, transition.reason());
        }
    }

    private void lockRow(String table, String key, Object id) {
        entityManager
                .createNativeQuery("select 1 from " + table + " where " + key + " = ?1 for update")
                .setParameter(1, id)
                .getResultList();
    }

    private static String join(String a, String b) {
        return isBlank(b) ? a : a + "; " + b;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
