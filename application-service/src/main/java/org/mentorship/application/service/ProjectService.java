package org.mentorship.application.service;

import static org.mentorship.application.problem.ApplicationProblems.MENTOR_IN_TERM;
import static org.mentorship.application.problem.ApplicationProblems.PROJECT_HAS_APPLICATIONS;
import static org.mentorship.application.problem.ApplicationProblems.UNKNOWN_MENTOR;
import static org.mentorship.application.problem.ApplicationProblems.UNKNOWN_TERM;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mentorship.application.model.EvidenceKind;
import org.mentorship.application.model.PrerequisiteTask;
import org.mentorship.application.model.Project;
import org.mentorship.application.model.Term;
import org.mentorship.application.policy.ProjectSchedulePolicy;
import org.mentorship.application.policy.SelectionPolicy;
import org.mentorship.application.repository.ApplicantRepository;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.application.repository.TermRepository;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.PageRequest;

/** Projects of a term: coordinators edit them, everyone can find the published ones. */
@ApplicationScoped
public class ProjectService {

    public record TaskFields(String title, String instructions, EvidenceKind evidenceKind) {}

    public record ProjectFields(
            UUID termId,
            String organization,
            String title,
            String description,
            List<String> skills,
            List<String> mentorIds,
            Map<String, String> mentorEmails,
            int slots,
            int evaluationCount,
            List<TaskFields> prerequisites,
            boolean published,
            ProjectSchedulePolicy.Fields schedule) {}

    private final ProjectRepository projects;
    private final TermRepository terms;
    private final ApplicationRepository applications;
    private final ApplicantRepository applicants;
    private final MentorService mentors;
    private final Caller caller;
    private final Clock clock;
    private final Access access;

    ProjectService(
            ProjectRepository projects,
            TermRepository terms,
            ApplicationRepository applications,
            ApplicantRepository applicants,
            MentorService mentors,
            Caller caller,
            Clock clock,
            Access access) {
        this.projects = projects;
        this.terms = terms;
        this.applications = applications;
        this.applicants = applicants;
        this.mentors = mentors;
        this.caller = caller;
        this.clock = clock;
        this.access = access;
    }

    /** A coordinator for any organisation, an org-admin only for one she administers (403 otherwise). */
    @Transactional
    public Project create(ProjectFields fields) {
        requireRunsOrganization(fields.organization());
        Project project = new Project();
        project.id = UUID.randomUUID();
        apply(project, fields, true);
        projects.persist(project);
        // The mentors named here are ACTIVE assignments at once: the first PRIMARY, the others co-mentors.
        mentors.namedByCoordinator(project, Set.of(), true);
        return project;
    }

    @Transactional
    public Project update(UUID id, long expectedVersion, ProjectFields fields) {
        Project project = projects.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Project", id));
        access.requireRuns(project); // an org-admin of another organisation: 404
        requireRunsOrganization(fields.organization()); // nor does she hand it to one she does not run (403)
        Versions.require(project.version, expectedVersion, "Project", id);
        boolean hasApplications = applications.countWithProject(id) > 0;
        if (hasApplications && !project.termId.equals(fields.termId())) {
            throw PROJECT_HAS_APPLICATIONS.with("A project with applications cannot move to another term");
        }
        if (hasApplications && !sameTasks(project.prerequisites, fields.prerequisites())) {
            // Applicants are working on these tasks: changing them would change what was already approved.
            throw PROJECT_HAS_APPLICATIONS.with("The prerequisite tasks cannot change once people have applied");
        }
        long taken = applications.countHoldingSlot(id);
        SelectionPolicy.requireSlotsCoverAccepted(fields.slots(), taken);
        ProjectSchedulePolicy.requireEditable(project.scheduleFields(), fields.schedule(), taken);
        Set<String> mentorsBefore = new LinkedHashSet<>(project.mentorIds);
        apply(project, fields, !hasApplications);
        mentors.namedByCoordinator(project, mentorsBefore, false);
        return project;
    }

    /**
     * Published projects for everyone; unpublished ones only for coordinators and the org-admins of the project's
     * organisation (others get 404).
     */
    public Project getVisible(UUID id) {
        Project project = projects.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Project", id));
        if (!project.published && !runs(project)) {
            throw ProblemException.notFound("Project", id);
        }
        return project;
    }

    public PanacheQuery<Project> search(
            UUID termId,
            String organization,
            String skill,
            Boolean open,
            boolean includeUnpublished,
            PageRequest page) {
        var filter = new ProjectRepository.Filter(
                termId,
                blankToNull(organization),
                blankToNull(skill),
                open,
                clock.instant(),
                includeUnpublished && isCoordinator(),
                includeUnpublished && isOrgAdmin() ? caller.organizations() : null);
        return projects.search(filter, page.page(), page.size());
    }

    /** The dates the project runs: its own schedule within its term's (ProjectSchedulePolicy). */
    public ProjectSchedulePolicy.Schedule schedule(Project project) {
        return project.schedule(terms.findById(project.termId));
    }

    /** Mentors' addresses are for coordinators only, not for the public project pages. */
    public boolean seesMentorContacts() {
        return isCoordinator();
    }

    /** Mentors' addresses of a project: for coordinators and the org-admins of its organisation. */
    public boolean seesMentorContacts(Project project) {
        return runs(project);
    }

    private boolean runs(Project project) {
        try {
            return access.runs(project);
        } catch (RuntimeException anonymous) {
            return false;
        }
    }

    private boolean isOrgAdmin() {
        try {
            return caller.is(Roles.ORG_ADMIN);
        } catch (RuntimeException anonymous) {
            return false;
        }
    }

    /** 403 unless the caller is a coordinator or an org-admin of {@code organization}. */
    private void requireRunsOrganization(String organization) {
        String name = organization == null ? null : organization.trim();
        if (!caller.seesEveryOrganization() && !caller.administers(name)) {
            throw ProblemException.forbidden("You do not administer organization '" + name
                    + "': an org-admin runs the projects of the organisations named in her token");
        }
    }

    private boolean isCoordinator() {
        try {
            return caller.is(Roles.COORDINATOR);
        } catch (RuntimeException anonymous) {
            return false;
        }
    }

    private void apply(Project project, ProjectFields fields, boolean replaceTasks) {
        Term term = terms.findByIdOptional(fields.termId())
                .orElseThrow(() -> UNKNOWN_TERM.with("Term " + fields.termId() + " does not exist"));
        ProjectSchedulePolicy.require(fields.schedule(), fields.evaluationCount(), term.programStart, term.programEnd);
        requireNoApplicantsAmongNewMentors(project, fields);
        project.termId = fields.termId();
        project.organization = fields.organization().trim();
        project.title = fields.title().trim();
        project.description = fields.description();
        project.skills.clear();
        fields.skills().stream().map(String::trim).forEach(project.skills::add);
        project.mentorIds.clear();
        project.mentorIds.addAll(new LinkedHashSet<>(fields.mentorIds()));
        for (String mentor : fields.mentorEmails().keySet()) {
            if (!project.mentorIds.contains(mentor)) {
                throw UNKNOWN_MENTOR.with(
                        "mentorEmails names " + mentor + ", who is not among the project's mentorIds");
            }
        }
        project.mentorEmails.clear();
        fields.mentorEmails().forEach((mentor, email) -> project.mentorEmails.put(mentor, email.trim()));
        project.slots = fields.slots();
        project.evaluationCount = fields.evaluationCount();
        project.published = fields.published();
        project.hours = fields.schedule().hours();
        project.lengthWeeks = fields.schedule().lengthWeeks();
        project.startsOn = fields.schedule().startsOn();
        if (replaceTasks && !sameTasks(project.prerequisites, fields.prerequisites())) {
            project.prerequisites.clear();
            projects.flush(); // delete the old rows before their positions are reused
            int position = 1;
            for (TaskFields task : fields.prerequisites()) {
                PrerequisiteTask entity = new PrerequisiteTask();
                entity.id = UUID.randomUUID();
                entity.position = position++;
                entity.title = task.title();
                entity.instructions = task.instructions();
                entity.evidenceKind = task.evidenceKind();
                project.prerequisites.add(entity);
            }
        }
    }

    /**
     * Nobody is an applicant and a mentor in one term: a mentor joining the project (or every mentor, when the project
     * moves to another term) must have no application of the term that is not withdrawn. Mentors already on the
     * project stay, so an edit of its text is not refused over what came before this rule.
     */
    private void requireNoApplicantsAmongNewMentors(Project project, ProjectFields fields) {
        boolean termMoves = !fields.termId().equals(project.termId);
        for (String mentor : new LinkedHashSet<>(fields.mentorIds())) {
            if (!termMoves && project.mentorIds.contains(mentor)) {
                continue;
            }
            // Her applicant row lock serialises this with her applying (which holds it), so one of the two loses.
            applicants.lock(mentor);
            if (applications.countActiveInTerm(mentor, fields.termId()) > 0) {
                throw MENTOR_IN_TERM.with(mentor + " has an application in this project's term: an applicant of a term"
                        + " does not mentor in it (unless the application is withdrawn)");
            }
        }
    }

    private static boolean sameTasks(List<PrerequisiteTask> current, List<TaskFields> wanted) {
        if (current.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            PrerequisiteTask c = current.get(i);
            TaskFields w = wanted.get(i);
            if (!c.title.equals(w.title())
                    || !c.instructions.equals(w.instructions())
                    || c.evidenceKind != w.evidenceKind()) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
