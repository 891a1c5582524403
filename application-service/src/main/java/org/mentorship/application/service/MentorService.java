package org.mentorship.application.service;

import static org.mentorship.application.problem.ApplicationProblems.MENTOR_ALREADY_ON_PROJECT;
import static org.mentorship.application.problem.ApplicationProblems.MENTOR_IN_TERM;
import static org.mentorship.application.problem.ApplicationProblems.PRIMARY_MENTOR_TAKEN;
import static org.mentorship.application.problem.ApplicationProblems.UNKNOWN_REPLACED_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mentorship.application.config.AdmissionsConfig;
import org.mentorship.application.model.MentorAssignment;
import org.mentorship.application.model.MentorAssignmentHistory;
import org.mentorship.application.model.MentorOrigin;
import org.mentorship.application.model.MentorRole;
import org.mentorship.application.model.MentorStatus;
import org.mentorship.application.model.Project;
import org.mentorship.application.policy.MentorCapacityPolicy;
import org.mentorship.application.repository.ApplicantRepository;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.MentorAssignmentRepository;
import org.mentorship.application.repository.MentorHistoryRepository;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.contracts.events.MentorAssigned;
import org.mentorship.contracts.events.MentorRemoved;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.ObjectAccess;
import org.mentorship.platform.security.Roles;

/**
 * A project's mentors as people: invited by a coordinator or the organisation's admin, active once they signed the
 * mentor agreement, then resigned or replaced. Keeps {@link Project#mentorIds} and {@link Project#mentorEmails} the
 * set of ACTIVE mentors (every permission check reads those) and tells evaluation-service of every change
 * (MentorAssigned, MentorRemoved) in the same transaction.
 */
@ApplicationScoped
public class MentorService {

    /** An invitation: who, how she is reached, her role and capacity, whom she replaces (null: nobody). */
    public record Invitation(
            String mentorId, String name, String email, MentorRole role, int capacity, String replacesMentorId) {}

    static final String REMOVED_BY_EDIT = "removed from the project's mentors by a project edit";

    private final ProjectRepository projects;
    private final MentorAssignmentRepository assignments;
    private final MentorHistoryRepository history;
    private final ApplicantRepository applicants;
    private final ApplicationRepository applications;
    private final Outbox outbox;
    private final AdmissionsConfig config;
    private final Caller caller;
    private final Clock clock;

    MentorService(
            ProjectRepository projects,
            MentorAssignmentRepository assignments,
            MentorHistoryRepository history,
            ApplicantRepository applicants,
            ApplicationRepository applications,
            Outbox outbox,
            AdmissionsConfig config,
            Caller caller,
            Clock clock) {
        this.projects = projects;
        this.assignments = assignments;
        this.history = history;
        this.applicants = applicants;
        this.applications = applications;
        this.outbox = outbox;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    /** The project's assignments, for coordinators, the organisation's admins and the project's active mentors. */
    public List<MentorAssignment> list(UUID projectId) {
        Project project = find(projectId);
        ObjectAccess.to(caller, "Project", projectId)
                .role(Roles.COORDINATOR)
                .orgAdmin(project.organization)
                .member(Roles.MENTOR, project::isMentor)
                .forbiddenFor("You do not mentor project " + projectId, Roles.MENTOR)
                .require();
        return assignments.ofProject(projectId);
    }

    public List<MentorAssignmentHistory> historyOf(MentorAssignment assignment) {
        return history.ofAssignment(assignment.id);
    }

    public AdmissionsConfig.MentorAgreement agreement() {
        return config.mentorAgreement();
    }

    @Transactional
    public MentorAssignment invite(UUID projectId, Invitation invitation) {
        Project project = lockedProject(projectId);
        ObjectAccess.to(caller, "Project", projectId)
                .role(Roles.COORDINATOR)
                .orgAdmin(project.organization)
                .require();
        String mentor = invitation.mentorId().trim();
        requireNotApplicantOfTerm(mentor, project);
        if (project.isMentor(mentor) || assignments.current(projectId, mentor).isPresent()) {
            throw MENTOR_ALREADY_ON_PROJECT.with(
                    mentor + " is already invited to or an active mentor of project '" + project.title + "'");
        }
        String replaces = blankToNull(invitation.replacesMentorId());
        if (replaces != null) {
            boolean replaceable = !replaces.equals(mentor)
                    && assignments
                            .latest(projectId, replaces)
                            .filter(a -> a.status == MentorStatus.ACTIVE || a.status == MentorStatus.RESIGNED)
                            .isPresent();
            if (!replaceable) {
                throw UNKNOWN_REPLACED_MENTOR.with("replacesMentorId " + replaces
                        + " is not an active or resigned mentor of project '" + project.title + "'");
            }
        }
        if (invitation.role() == MentorRole.PRIMARY) {
            requirePrimaryFree(project, replaces);
        }
        Instant now = clock.instant();
        MentorAssignment assignment = MentorAssignment.invite(
                projectId,
                mentor,
                invitation.name(),
                invitation.email(),
                invitation.role(),
                invitation.capacity(),
                replaces,
                caller.userId(),
                now);
        assignments.persist(assignment);
        record(assignment, new MentorAssignment.Transition(null, MentorStatus.INVITED, caller.userId(), "invited"));
        return assignment;
    }

    /**
     * The invited mentor signs the agreement and becomes ACTIVE; the mentor she replaces (when active) becomes
     * REPLACED. MentorAssigned (and MentorRemoved for the replaced one) go out in this transaction.
     */
    @Transactional
    public MentorAssignment accept(UUID projectId, String agreementVersion, String legalName) {
        Project project = lockedProject(projectId);
        String me = caller.userId();
        MentorAssignment assignment = assignments
                .latest(projectId, me)
                .orElseThrow(() -> ProblemException.notFound("Mentor invitation", projectId + "/" + me));
        AdmissionsConfig.MentorAgreement agreement = config.mentorAgreement();
        assignment.requireAcceptable(agreement.version(), agreementVersion);
        requireNotApplicantOfTerm(me, project);
        if (assignment.role == MentorRole.PRIMARY) {
            requirePrimaryFree(project, assignment.replacesMentorId);
        }
        Instant now = clock.instant();
        Optional<MentorAssignment> replaced = Optional.empty();
        if (assignment.replacesMentorId != null) {
            replaced =
                    assignments.current(projectId, assignment.replacesMentorId).filter(MentorAssignment::isActive);
            if (replaced.isPresent()) {
                record(replaced.get(), replaced.get().replaceBy(me, now));
                leave(project, replaced.get().mentorId);
                assignments.flush(); // the one active PRIMARY of a project (a partial unique index) is hers now
            } else {
                assignments
                        .lastResigned(projectId, assignment.replacesMentorId)
                        .ifPresent(resigned -> resigned.succeededBy(me, now));
            }
        }
        record(assignment, assignment.accept(agreement.version(), agreement.text(), legalName, now));
        join(project, assignment.mentorId, assignment.email);
        outbox.publish(assigned(project, assignment, now));
        replaced.ifPresent(r -> outbox.publish(
                new MentorRemoved(projectId, r.mentorId, MentorRemoved.REPLACED, me, "replaced by " + me, now)));
        return assignment;
    }

    /** An active mentor leaves: by her own word, or a coordinator's or the organisation's admin's record of it. */
    @Transactional
    public MentorAssignment resign(UUID projectId, String mentorId, String reason) {
        Project project = lockedProject(projectId);
        ObjectAccess.to(caller, "Project", projectId)
                .role(Roles.COORDINATOR)
                .orgAdmin(project.organization)
                .self(Roles.MENTOR, mentorId)
                .forbiddenFor("Only the mentor herself or an admin records a resignation", Roles.MENTOR)
                .require();
        MentorAssignment assignment = assignments
                .latest(projectId, mentorId)
                .orElseThrow(() -> ProblemException.notFound("Mentor", mentorId));
        Instant now = clock.instant();
        record(assignment, assignment.resign(caller.userId(), reason, now));
        leave(project, mentorId);
        outbox.publish(new MentorRemoved(
                projectId, mentorId, MentorRemoved.RESIGNED, null, assignment.resignationReason, now));
        return assignment;
    }

    /**
     * A coordinator named the project's mentors (its create or update, whose mentorIds and mentorEmails are already
     * applied): the mentors she added become ACTIVE assignments (the first PRIMARY when the project has none), those
     * she dropped RESIGNED; every active assignment takes the address she gave. An edit (not the creation: no
     * mentorship can exist yet) tells evaluation-service.
     *
     * @param before the project's ACTIVE mentors before the change (empty on creation)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void namedByCoordinator(Project project, Set<String> before, boolean creation) {
        String actor = caller.userId();
        Instant now = clock.instant();
        Set<String> removed = new LinkedHashSet<>(before);
        removed.removeAll(project.mentorIds);
        for (String mentor : removed) {
            assignments
                    .current(project.id, mentor)
                    .filter(MentorAssignment::isActive)
                    .ifPresent(a -> {
                        record(a, a.resign(actor, REMOVED_BY_EDIT, now));
                    });
            outbox.publish(new MentorRemoved(project.id, mentor, MentorRemoved.RESIGNED, null, REMOVED_BY_EDIT, now));
        }
        boolean primaryTaken = assignments.activePrimary(project.id).isPresent();
        for (String mentor : project.mentorIds) {
            if (before.contains(mentor)) {
                continue;
            }
            if (assignments.current(project.id, mentor).isPresent()) {
                throw MENTOR_ALREADY_ON_PROJECT.with(mentor + " is invited to project '" + project.title
                        + "': she becomes its mentor by accepting the invitation, not by an edit");
            }
            MentorRole role = primaryTaken ? MentorRole.CO_MENTOR : MentorRole.PRIMARY;
            primaryTaken = true;
            MentorAssignment a = MentorAssignment.named(
                    project.id,
                    mentor,
                    role,
                    project.mentorEmails.get(mentor),
                    creation ? MentorOrigin.CREATION : MentorOrigin.EDIT,
                    actor,
                    now);
            assignments.persist(a);
            String why = creation ? MentorAssignment.ASSIGNED_AT_CREATION : MentorAssignment.ADDED_BY_EDIT;
            record(a, new MentorAssignment.Transition(null, MentorStatus.ACTIVE, actor, why));
            if (!creation) {
                outbox.publish(assigned(project, a, now));
            }
        }
        for (MentorAssignment a : assignments.activeOf(project.id)) {
            a.email = project.mentorEmails.get(a.mentorId);
        }
    }

    /**
     * Each active mentor of the project with a capacity, and her accepted-or-onboarded mentees of its term (over every
     * project she actively mentors), read under a lock on her active assignments (MentorCapacityPolicy).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<MentorCapacityPolicy.Load> loads(Project project) {
        List<MentorAssignment> limited = assignments.activeOf(project.id).stream()
                .filter(a -> a.capacity != null)
                .toList();
        assignments.lockActiveOf(limited.stream().map(a -> a.mentorId).toList());
        return limited.stream()
                .map(a -> new MentorCapacityPolicy.Load(
                        a.mentorId, a.capacity, assignments.activeMenteesInTerm(a.mentorId, project.termId)))
                .toList();
    }

    private Project find(UUID projectId) {
        return projects.findByIdOptional(projectId).orElseThrow(() -> ProblemException.notFound("Project", projectId));
    }

    /** The project row lock: a project's team changes and its decisions go one at a time. */
    private Project lockedProject(UUID projectId) {
        Project project = projects.lock(projectId);
        if (project == null) {
            throw ProblemException.notFound("Project", projectId);
        }
        return project;
    }

    /** Nobody is an applicant and a mentor in one term (the rule of project edits, under her applicant lock). */
    private void requireNotApplicantOfTerm(String mentor, Project project) {
        applicants.lock(mentor);
        if (applications.countActiveInTerm(mentor, project.termId) > 0) {
            throw MENTOR_IN_TERM.with(mentor + " has an application in this project's term: an applicant of a term"
                    + " does not mentor in it (unless the application is withdrawn)");
        }
    }

    private void requirePrimaryFree(Project project, String replaces) {
        assignments
                .activePrimary(project.id)
                .filter(primary -> !primary.mentorId.equals(replaces))
                .ifPresent(primary -> {
                    throw PRIMARY_MENTOR_TAKEN.with("Project '" + project.title + "' has an active primary mentor, "
                            + primary.mentorId + ": invite a CO_MENTOR, or a PRIMARY who replaces her");
                });
    }

    private void join(Project project, String mentor, String email) {
        project.mentorIds.add(mentor);
        if (email != null) {
            project.mentorEmails.put(mentor, email);
        }
    }

    private void leave(Project project, String mentor) {
        project.mentorIds.remove(mentor);
        project.mentorEmails.remove(mentor);
    }

    private MentorAssigned assigned(Project project, MentorAssignment a, Instant now) {
        return new MentorAssigned(
                project.id,
                project.termId,
                project.organization,
                a.mentorId,
                a.email,
                a.role.name(),
                a.replacesMentorId,
                now);
    }

    private void record(MentorAssignment assignment, MentorAssignment.Transition transition) {
        MentorAssignmentHistory entry = new MentorAssignmentHistory();
        entry.record(clock.instant(), transition.actor(), transition.from(), transition.to(), transition.reason());
        entry.assignmentId = assignment.id;
        history.persist(entry);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
