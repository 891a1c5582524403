package org.mentorship.application.service;

import static org.mentorship.application.problem.ApplicationProblems.CO_MENTOR_CONFLICT;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.Project;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.ObjectAccess;
import org.mentorship.platform.security.Roles;

/**
 * Who may see or act on an application: coordinators all, org-admins those of their organisations' projects, the
 * applicant their own, mentors those of their projects. Another mentee's application, and one of another organisation
 * to an org-admin, is reported as absent (404); a mentor of another project gets 403.
 */
@ApplicationScoped
public class Access {

    private final ApplicationRepository applications;
    private final ProjectRepository projects;
    private final Caller caller;

    Access(ApplicationRepository applications, ProjectRepository projects, Caller caller) {
        this.applications = applications;
        this.projects = projects;
        this.caller = caller;
    }

    public Application find(UUID id) {
        return applications.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Application", id));
    }

    /** Readable by the applicant, a mentor of its project, an org-admin of its organisation or a coordinator. */
    public Application readable(UUID id) {
        Application application = find(id);
        rule(application)
                .role(Roles.COORDINATOR)
                .orgAdmin(organizationOf(application))
                .self(application.applicantId)
                .member(Roles.MENTOR, mentorOf(application))
                .require();
        return application;
    }

    /** Only the applicant (coordinators are not the applicant: they act through their own endpoints). */
    public Application ownedByCaller(UUID id) {
        Application application = find(id);
        ObjectAccess.to(caller, "Application", id).self(application.applicantId).require();
        return application;
    }

    /**
     * A mentor of the application's project, an org-admin of its organisation or a coordinator, who is not its
     * applicant (403 self-dealing).
     *
     * @param action what someone else must do when the caller is the applicant, e.g. "recommend this application"
     */
    public Application reviewable(UUID id, String action) {
        Application application = find(id);
        rule(application)
                .role(Roles.COORDINATOR)
                .orgAdmin(organizationOf(application))
                .member(Roles.MENTOR, mentorOf(application))
                .require();
        caller.requireNotSelf(application.applicantId, action);
        requireNoCoMentor(application, action);
        return application;
    }

    /**
     * Scored only by a mentor of the application's project (coordinators screen and decide; they do not score), who
     * is not its applicant (403 self-dealing) nor a co-mentor of the applicant (403 co-mentor-conflict).
     */
    public Application scorable(UUID id) {
        Application application = find(id);
        rule(application).member(Roles.MENTOR, mentorOf(application)).require();
        caller.requireNotSelf(application.applicantId, "score this application");
        requireNoCoMentor(application, "score this application");
        return application;
    }

    /**
     * Whose scores of the application the caller reads: every reviewer's for a coordinator or an org-admin of its
     * organisation, only her own for a mentor
     * of the project (empty), nothing for the applicant (404, whatever other roles her token holds).
     *
     * @return true for every reviewer's scores and the averages, false for the caller's own only
     */
    public boolean readsAllScores(Application application) {
        if (isApplicant(application)) {
            throw ProblemException.notFound("Application", application.id);
        }
        if (runs(application)) {
            return true;
        }
        rule(application).member(Roles.MENTOR, mentorOf(application)).require();
        return false;
    }

    /** 403 self-dealing when the caller is the applicant: nobody decides or onboards their own application. */
    public void requireNotApplicant(Application application, String action) {
        caller.requireNotSelf(application.applicantId, action);
    }

    /**
     * 403 co-mentor-conflict when the caller and the applicant both mentor the application's project: co-mentors do
     * not review, recommend or decide each other's applications (a coordinator outside the project does). Applying
     * and adding mentors refuse this situation (mentor-in-term); this guards what was recorded before that rule.
     */
    public void requireNoCoMentor(Application application, String action) {
        Project project = projects.findById(application.projectId);
        if (project.isMentor(caller.userId()) && project.isMentor(application.applicantId)) {
            throw CO_MENTOR_CONFLICT.with(application.applicantId + " also mentors project '" + project.title
                    + "': a coordinator who does not mentor it must " + action);
        }
    }

    /**
     * Whether the caller reads the application as staff. The most restrictive role that applies to the record wins:
     * its applicant reads it as the applicant, whatever other roles her token holds.
     */
    public boolean readsAsStaff(Application application) {
        return !isApplicant(application);
    }

    /**
     * Whether the caller reads it as a coordinator (internal notes, override reasons, averages): a coordinator or an
     * org-admin of its organisation, never its own applicant.
     */
    public boolean readsAsCoordinator(Application application) {
        return runs(application) && !isApplicant(application);
    }

    // Organisations and their admins (issue 18): an org-admin runs what a coordinator runs, for her organisations.

    /**
     * An application the caller runs (decides, screens, onboards, reads the history and notices of): a coordinator,
     * or an org-admin of its project's organisation; anyone else, an org-admin of another organisation too, is told it
     * does not exist (404).
     */
    public Application runnable(UUID id) {
        Application application = find(id);
        ObjectAccess.to(caller, "Application", id)
                .role(Roles.COORDINATOR)
                .orgAdmin(organizationOf(application))
                .require();
        return application;
    }

    /** A record of an application (a call task) the caller runs, as {@link #runnable}: 404 naming the record. */
    public void requireRuns(String what, Object recordId, UUID applicationId) {
        ObjectAccess.to(caller, what, recordId)
                .role(Roles.COORDINATOR)
                .orgAdmin(() -> applications
                        .findByIdOptional(applicationId)
                        .map(a -> projects.findById(a.projectId).organization)
                        .orElse(null))
                .require();
    }

    /** A project the caller runs: a coordinator, or an org-admin of its organisation (404 otherwise). */
    public void requireRuns(Project project) {
        ObjectAccess.to(caller, "Project", project.id)
                .role(Roles.COORDINATOR)
                .orgAdmin(project.organization)
                .require();
    }

    /** Whether the caller runs the application: a coordinator, or an org-admin of its organisation. */
    public boolean runs(Application application) {
        return isCoordinator()
                || (caller.is(Roles.ORG_ADMIN)
                        && caller.administers(organizationOf(application).get()));
    }

    /** Whether the caller runs the project: a coordinator, or an org-admin of its organisation. */
    public boolean runs(Project project) {
        return isCoordinator() || (caller.is(Roles.ORG_ADMIN) && caller.administers(project.organization));
    }

    /**
     * The organisations whose records the caller's lists show, narrowed to {@code organization} when one is asked
     * for: null for every one (a coordinator who asks for none), else a set, empty when none of hers is asked for.
     */
    public Set<String> listedOrganizations(String organization) {
        String asked = organization == null || organization.isBlank() ? null : organization.trim();
        if (caller.seesEveryOrganization()) {
            return asked == null ? null : Set.of(asked);
        }
        Set<String> mine = caller.organizations();
        if (asked == null) {
            return mine;
        }
        return mine.contains(asked) ? Set.of(asked) : Set.of();
    }

    public boolean isOrgAdmin() {
        return caller.is(Roles.ORG_ADMIN);
    }

    public boolean isCoordinator() {
        return caller.is(Roles.COORDINATOR);
    }

    public boolean isApplicant(Application application) {
        return caller.userId().equals(application.applicantId);
    }

    public String actor() {
        return caller.userId();
    }

    /** A mentor of another project knows the application exists (403); anyone else is told it does not (404). */
    private ObjectAccess rule(Application application) {
        return ObjectAccess.to(caller, "Application", application.id)
                .forbiddenFor("You do not mentor the project of application " + application.id, Roles.MENTOR);
    }

    /** The organisation that owns the application (its project's), read only when a grant needs it. */
    private Supplier<String> organizationOf(Application application) {
        return () -> projects.findById(application.projectId).organization;
    }

    /** Whether a user mentors the application's project: the project is read only for a caller with the role. */
    private Predicate<String> mentorOf(Application application) {
        return userId -> projects.findById(application.projectId).isMentor(userId);
    }
}
