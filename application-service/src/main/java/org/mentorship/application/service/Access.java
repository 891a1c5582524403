package org.mentorship.application.service;

import static org.mentorship.application.problem.ApplicationProblems.CO_MENTOR_CONFLICT;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Predicate;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.Project;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.ObjectAccess;
import org.mentorship.platform.security.Roles;

/**
 * Who may see or act on an application: coordinators all, the applicant their own, mentors those of their
 * projects. Another mentee's application is reported as absent (404); a mentor of another project gets 403.
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

    /** Readable by the applicant, a mentor of its project or a coordinator. */
    public Application readable(UUID id) {
        Application application = find(id);
        rule(application)
                .role(Roles.COORDINATOR)
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
     * A mentor of the application's project, or a coordinator, who is not its applicant (403 self-dealing).
     *
     * @param action what someone else must do when the caller is the applicant, e.g. "recommend this application"
     */
    public Application reviewable(UUID id, String action) {
        Application application = find(id);
        rule(application)
                .role(Roles.COORDINATOR)
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
     * Whose scores of the application the caller reads: every reviewer's for a coordinator, only her own for a mentor
     * of the project (empty), nothing for the applicant (404, whatever other roles her token holds).
     *
     * @return true for every reviewer's scores and the averages, false for the caller's own only
     */
    public boolean readsAllScores(Application application) {
        if (isApplicant(application)) {
            throw ProblemException.notFound("Application", application.id);
        }
        if (isCoordinator()) {
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

    /** Whether the caller reads it as a coordinator (internal notes, override reasons): never its own applicant. */
    public boolean readsAsCoordinator(Application application) {
        return isCoordinator() && !isApplicant(application);
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

    /** Whether a user mentors the application's project: the project is read only for a caller with the role. */
    private Predicate<String> mentorOf(Application application) {
        return userId -> projects.findById(application.projectId).isMentor(userId);
    }
}
