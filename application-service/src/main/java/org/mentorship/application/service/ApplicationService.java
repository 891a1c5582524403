package org.mentorship.application.service;

import static org.mentorship.application.problem.ApplicationProblems.MENTOR_IN_TERM;
import static org.mentorship.application.problem.ApplicationProblems.PROFILE_REQUIRED;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mentorship.application.model.Applicant;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.model.PrerequisiteProgress;
import org.mentorship.application.model.PrerequisiteTask;
import org.mentorship.application.model.Project;
import org.mentorship.application.model.Term;
import org.mentorship.application.policy.ApplyingPolicy;
import org.mentorship.application.policy.WaitlistPolicy;
import org.mentorship.application.repository.ApplicantRepository;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.PrerequisiteProgressRepository;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.application.repository.TermRepository;
import org.mentorship.contracts.events.ApplicationSubmitted;
import org.mentorship.contracts.events.ApplicationWithdrawn;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.security.SeparationOfDuties;
import org.mentorship.platform.web.PageRequest;

/** Applying, listing and withdrawing applications. */
@ApplicationScoped
public class ApplicationService {

    private final ApplicationRepository applications;
    private final ApplicantRepository applicants;
    private final ProjectRepository projects;
    private final TermRepository terms;
    private final PrerequisiteProgressRepository progress;
    private final StatusChanges statusChanges;
    private final Outbox outbox;
    private final Caller caller;
    private final Access access;
    private final ApplyingPolicy applying;
    private final Clock clock;
    private final ApplicationViews views;
    private final EligibilityService eligibility;
    private final DecisionService decisions;

    ApplicationService(
            ApplicationRepository applications,
            ApplicantRepository applicants,
            ProjectRepository projects,
            TermRepository terms,
            PrerequisiteProgressRepository progress,
            StatusChanges statusChanges,
            Outbox outbox,
            Caller caller,
            Access access,
            ApplyingPolicy applying,
            Clock clock,
            ApplicationViews views,
            EligibilityService eligibility,
            DecisionService decisions) {
        this.applications = applications;
        this.applicants = applicants;
        this.projects = projects;
        this.terms = terms;
        this.progress = progress;
        this.statusChanges = statusChanges;
        this.outbox = outbox;
        this.caller = caller;
        this.access = access;
        this.applying = applying;
        this.clock = clock;
        this.views = views;
        this.eligibility = eligibility;
        this.decisions = decisions;
    }

    /**
     * Applies and returns the answer's view, built in the transaction from what it already holds: re-reading the
     * term, project, applicant and progress after the commit cost five statements per application.
     */
    @Transactional
    public ApplicationViews.View apply(UUID projectId, String motivation) {
        String userId = caller.userId();
        // The applicant row lock serialises one person's concurrent applications, so the per-term count holds.
        Applicant applicant = applicants
                .lock(userId)
                .orElseThrow(
                        () -> PROFILE_REQUIRED.with("Create your profile (PUT /api/v1/applicants/me) before applying"));
        Project project = projects.findByIdOptional(projectId)
                .filter(p -> p.published)
                .orElseThrow(() -> ProblemException.notFound("Project", projectId));
        if (project.isMentor(userId)) {
            // She would review her own prerequisites and recommend herself.
            throw SeparationOfDuties.refusal(
                    "You mentor project '" + project.title + "': a mentor does not apply to it");
        }
        Term term = terms.findById(project.termId);
        List<String> mentored = projects.titlesMentoredInTerm(userId, term.id);
        if (!mentored.isEmpty()) {
            // She would sit on the other side of the same selection (co-mentors review each other's applicants).
            throw MENTOR_IN_TERM.with("You mentor " + String.join(", ", mentored) + " in term '" + term.name
                    + "': a mentor of a term does not apply in it");
        }
        // As PostgreSQL stores it (microseconds): the answer is built from this value, not read back after the commit.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        ApplyingPolicy.requireOpen(term, now);
        ApplicationRepository.OtherApplications others = applications.others(userId, projectId, term.id);
        ApplyingPolicy.requireFirstToProject(others.toThisProject());
        applying.requireBelowLimit(others.activeInTerm());
        List<String> flags = eligibility.assess(userId, term.id);
        Application application = Application.submit(term.id, project.id, applicant.userId, motivation, now);
        application.flagForReview(flags);
        applications.persist(application); // inserted at flush, before its first history row
        statusChanges.created(application, userId, "submitted");
        for (PrerequisiteTask task : project.prerequisites) {
            progress.persist(PrerequisiteProgress.notStarted(application.id, task));
        }
        outbox.publish(new ApplicationSubmitted(application.id, term.id, project.id, userId, now));
        return views.submitted(application, term, project, applicant);
    }

    /** As {@link #list(UUID, UUID, ApplicationStatus, String, String, ApplicationRepository.Order, PageRequest)}. */
    public PanacheQuery<Application> list(
            UUID termId,
            UUID projectId,
            ApplicationStatus status,
            String applicantId,
            ApplicationRepository.Order order,
            PageRequest page) {
        return list(termId, projectId, status, applicantId, null, order, page);
    }

    /**
     * The caller's view: mentees their own, mentors their projects', org-admins their organisations', coordinators all
     * (with filters), in the order asked for: best average score first only for coordinators and org-admins (the
     * order would tell a mentor the averages she does not see, 403 forbidden).
     */
    public PanacheQuery<Application> list(
            UUID termId,
            UUID projectId,
            ApplicationStatus status,
            String applicantId,
            String organization,
            ApplicationRepository.Order order,
            PageRequest page) {
        ApplicationRepository.Filter filter = filter(termId, projectId, status, applicantId, organization, order);
        if (status != null && !caller.isAny(Roles.COORDINATOR, Roles.ORG_ADMIN, Roles.MENTOR)) {
            // Her own, by the status she sees (a decision held by the term's embargo does not show, nor filter).
            return applications.searchOwnByShownStatus(
                    caller.userId(), termId, projectId, status, clock.instant(), page.page(), page.size());
        }
        return applications.search(filter, order, page.page(), page.size());
    }

    /** The list's filter for the caller, scoped as {@link #list} says (the CSV export reads the same). */
    public ApplicationRepository.Filter filter(
            UUID termId,
            UUID projectId,
            ApplicationStatus status,
            String applicantId,
            String organization,
            ApplicationRepository.Order order) {
        boolean runs = caller.is(Roles.COORDINATOR) || caller.is(Roles.ORG_ADMIN);
        if (order == ApplicationRepository.Order.AVERAGE_SCORE && !runs) {
            throw ProblemException.forbidden(
                    "Only coordinators and org-admins list applications by their average score");
        }
        if (runs) {
            // A coordinator all (or the organisation she asks for), an org-admin her organisations' only.
            return new ApplicationRepository.Filter(
                    applicantId, null, termId, projectId, status, access.listedOrganizations(organization));
        }
        Set<String> organizations = organization == null || organization.isBlank() ? null : Set.of(organization.trim());
        if (caller.is(Roles.MENTOR)) {
            List<UUID> mine = projects.idsMentoredBy(caller.userId());
            return new ApplicationRepository.Filter(applicantId, mine, termId, projectId, status, organizations);
        }
        return new ApplicationRepository.Filter(caller.userId(), null, termId, projectId, status, organizations);
    }

    @Transactional
    public Application withdraw(UUID id, String reason) {
        Application application = access.ownedByCaller(id);
        String why = reason == null || reason.isBlank() ? "withdrawn by the applicant" : reason.trim();
        ApplicationStatus before = application.status;
        statusChanges.record(application, application.withdraw(caller.userId(), why), null);
        outbox.publish(new ApplicationWithdrawn(
                application.id,
                application.termId,
                application.projectId,
                application.applicantId,
                why,
                clock.instant()));
        if (WaitlistPolicy.freesSlot(before)) {
            decisions.offerFreedSlot(application.projectId);
        }
        return application;
    }
}
