package org.mentorship.application.service;

import static org.mentorship.application.problem.ApplicationProblems.VERSION_REQUIRED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.model.Project;
import org.mentorship.application.model.Rubric;
import org.mentorship.application.model.ScoreSet;
import org.mentorship.application.policy.ScoringPolicy;
import org.mentorship.application.repository.ApplicantRepository;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.application.repository.RubricRepository;
import org.mentorship.application.repository.ScoreRepository;
import org.mentorship.application.repository.TermRepository;
import org.mentorship.platform.lock.TransactionLocks;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;

/** Selection for thousands (issue 18): the applicant's preference order, a rubric per project, reviewers' scores. */
@ApplicationScoped
public class SelectionService {

    /** The scores of an application the caller may read, with the averages when she reads them all. */
    public record Scores(
            Application application, Rubric rubric, List<ScoreSet> sets, ScoringPolicy.Averages averages) {}

    private final Access access;
    private final ApplicationRepository applications;
    private final ApplicantRepository applicants;
    private final ProjectRepository projects;
    private final TermRepository terms;
    private final RubricRepository rubrics;
    private final ScoreRepository scores;
    private final TransactionLocks locks;
    private final Caller caller;
    private final Clock clock;

    SelectionService(
            Access access,
            ApplicationRepository applications,
            ApplicantRepository applicants,
            ProjectRepository projects,
            TermRepository terms,
            RubricRepository rubrics,
            ScoreRepository scores,
            TransactionLocks locks,
            Caller caller,
            Clock clock) {
        this.access = access;
        this.applications = applications;
        this.applicants = applicants;
        this.projects = projects;
        this.terms = terms;
        this.rubrics = rubrics;
        this.scores = scores;
        this.locks = locks;
        this.caller = caller;
        this.clock = clock;
    }

    /** The caller ranks her applications of the term that are not withdrawn, each once. */
    @Transactional
    public List<Application> rank(UUID termId, List<UUID> order) {
        requireTerm(termId);
        String me = caller.userId();
        // Her applicant row lock: applying (which holds it) does not add an application while she ranks them.
        applicants.lock(me);
        List<Application> active = activeInTerm(me, termId);
        Map<UUID, Integer> ranks = ScoringPolicy.ranks(order, ids(active));
        active.forEach(a -> a.rank(ranks.get(a.id)));
        return sorted(active);
    }

    /** The caller's applications of the term that are not withdrawn, in her order (unranked ones last). */
    public List<Application> preferences(UUID termId) {
        requireTerm(termId);
        return sorted(activeInTerm(caller.userId(), termId));
    }

    /**
     * Sets the project's rubric: the first time without a version, afterwards with the version read (409
     * stale-write); fixed once an application of the project is scored (409 rubric-in-use).
     */
    @Transactional
    public Rubric setRubric(UUID projectId, Long expectedVersion, List<Rubric.Criterion> criteria) {
        requireProject(projectId);
        ScoringPolicy.requireValidRubric(criteria);
        locks.hold("rubric:" + projectId); // scoring holds it too: no score is given on a rubric being changed
        Rubric current = rubrics.findByIdOptional(projectId).orElse(null);
        boolean first = current == null;
        if (first) {
            current = Rubric.of(projectId);
        } else if (expectedVersion == null) {
            throw VERSION_REQUIRED.with("The project has a rubric: send the version you read");
        } else {
            Versions.require(current.version, expectedVersion, "Rubric of project", projectId);
        }
        ScoringPolicy.requireRubricUnscored(scores.anyForProject(projectId));
        current.set(criteria, caller.userId(), clock.instant());
        if (first) {
            rubrics.persist(current);
        }
        return current;
    }

    /** The project's rubric (404 when it has none, or the project is not visible to the caller). */
    public Rubric rubric(UUID projectId) {
        return rubrics.findByIdOptional(projectId)
                .orElseThrow(() -> ProblemException.notFound("Rubric of project", projectId));
    }

    /** A mentor of the project scores the open application; her later score replaces her own. */
    @Transactional
    public ScoreSet score(UUID applicationId, Map<String, Integer> points, String comment) {
        Application application = access.scorable(applicationId);
        locks.hold("rubric:" + application.projectId);
        // The row lock serialises the reviewers of one application (the average below sees every score); a score
        // after a decision finds it decided, and a decision racing a score fails on the version (409 stale-write).
        applications.lock(application);
        application.requireOpenForScoring();
        Project project = projects.findById(application.projectId);
        Rubric rubric = ScoringPolicy.requireRubric(rubrics.findByIdOptional(project.id), project.title);
        int total = ScoringPolicy.total(rubric, points);
        String reviewer = caller.userId();
        ScoreSet set = scores.of(application.id, reviewer).orElse(null);
        if (set == null) {
            set = ScoreSet.of(application.id, reviewer);
            set.score(points, total, comment, clock.instant());
            scores.persist(set);
        } else {
            set.score(points, total, comment, clock.instant());
        }
        scores.flush();
        List<ScoreSet> all = scores.ofApplication(application.id);
        application.reviewed(ScoringPolicy.averageTotal(all), all.size());
        return set;
    }

    /** Every reviewer's scores and the averages for a coordinator; a mentor of the project only her own. */
    public Scores scores(UUID applicationId) {
        Application application = access.find(applicationId);
        boolean all = access.readsAllScores(application);
        Rubric rubric = rubrics.findByIdOptional(application.projectId).orElse(null);
        List<ScoreSet> sets = all
                ? scores.ofApplication(application.id)
                : scores.of(application.id, caller.userId()).stream().toList();
        ScoringPolicy.Averages averages = all && rubric != null ? ScoringPolicy.averages(rubric, sets) : null;
        return new Scores(application, rubric, sets, averages);
    }

    private List<Application> activeInTerm(String person, UUID termId) {
        return applications.list(
                "applicantId = ?1 and termId = ?2 and status <> ?3", person, termId, ApplicationStatus.WITHDRAWN);
    }

    private static List<Application> sorted(List<Application> list) {
        return list.stream()
                .sorted(Comparator.comparing(
                                (Application a) -> a.preferenceRank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(a -> a.submittedAt))
                .toList();
    }

    private void requireTerm(UUID termId) {
        if (terms.findByIdOptional(termId).isEmpty()) {
            throw ProblemException.notFound("Term", termId);
        }
    }

    /** The project exists and the caller runs it (an org-admin of another organisation: 404). */
    private void requireProject(UUID projectId) {
        Project project =
                projects.findByIdOptional(projectId).orElseThrow(() -> ProblemException.notFound("Project", projectId));
        access.requireRuns(project);
    }

    private static Set<UUID> ids(List<Application> list) {
        return list.stream().map(a -> a.id).collect(Collectors.toSet());
    }
}
