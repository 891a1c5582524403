package org.mentorship.application.service;

import static org.mentorship.application.problem.ApplicationProblems.APPLICATION_NOT_OPEN;
import static org.mentorship.application.problem.ApplicationProblems.EVIDENCE_NOT_A_LINK;
import static org.mentorship.application.problem.ApplicationProblems.PREREQUISITE_ALREADY_APPROVED;
import static org.mentorship.application.problem.ApplicationProblems.PREREQUISITE_NOT_SUBMITTED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.model.EvidenceKind;
import org.mentorship.application.model.PrerequisiteProgress;
import org.mentorship.application.model.PrerequisiteStatus;
import org.mentorship.application.model.PrerequisiteTask;
import org.mentorship.application.model.Project;
import org.mentorship.application.model.Term;
import org.mentorship.application.policy.ReviewPolicy;
import org.mentorship.application.repository.PrerequisiteProgressRepository;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.application.repository.TermRepository;
import org.mentorship.platform.problem.ProblemException;

/** Prerequisite tasks of an application: the applicant hands in evidence, a mentor approves or returns it. */
@ApplicationScoped
public class PrerequisiteService {

    /** A task and the applicant's progress on it. */
    public record Item(PrerequisiteTask task, PrerequisiteProgress progress) {}

    private final Access access;
    private final PrerequisiteProgressRepository progress;
    private final ProjectRepository projects;
    private final TermRepository terms;
    private final Clock clock;

    PrerequisiteService(
            Access access,
            PrerequisiteProgressRepository progress,
            ProjectRepository projects,
            TermRepository terms,
            Clock clock) {
        this.access = access;
        this.progress = progress;
        this.projects = projects;
        this.terms = terms;
        this.clock = clock;
    }

    public List<Item> list(UUID applicationId) {
        Application application = access.readable(applicationId);
        return items(application);
    }

    public List<Item> items(Application application) {
        Project project = projects.findById(application.projectId);
        return progress.ofApplication(application.id).stream()
                .map(p -> new Item(
                        project.prerequisites.stream()
                                .filter(t -> t.id.equals(p.taskId))
                                .findFirst()
                                .orElseThrow(),
                        p))
                .toList();
    }

    @Transactional
    public Item submit(UUID applicationId, UUID taskId, String evidence) {
        Application application = access.ownedByCaller(applicationId);
        requireInReview(application);
        Item item = item(application, taskId);
        PrerequisiteProgress row = item.progress();
        if (row.status == PrerequisiteStatus.APPROVED) {
            throw PREREQUISITE_ALREADY_APPROVED.with("This prerequisite is approved; there is nothing to resubmit");
        }
        if (item.task().evidenceKind == EvidenceKind.LINK && !isWebLink(evidence)) {
            throw EVIDENCE_NOT_A_LINK.with("This task expects an http(s) link, e.g. to a merged pull request");
        }
        row.status = PrerequisiteStatus.SUBMITTED;
        row.evidence = evidence.trim();
        row.submittedAt = clock.instant();
        return item;
    }

    @Transactional
    public Item approve(UUID applicationId, UUID taskId) {
        return review(applicationId, taskId, PrerequisiteStatus.APPROVED, null);
    }

    @Transactional
    public Item sendBack(UUID applicationId, UUID taskId, String comment) {
        return review(applicationId, taskId, PrerequisiteStatus.RETURNED, comment);
    }

    private Item review(UUID applicationId, UUID taskId, PrerequisiteStatus outcome, String comment) {
        Application application = access.reviewable(applicationId, "review these prerequisites");
        requireInReview(application);
        Item item = item(application, taskId);
        PrerequisiteProgress row = item.progress();
        if (row.status != PrerequisiteStatus.SUBMITTED) {
            throw PREREQUISITE_NOT_SUBMITTED.with(
                    "Only submitted evidence can be reviewed; this prerequisite is " + row.status);
        }
        row.status = outcome;
        row.reviewedBy = access.actor();
        row.reviewedAt = clock.instant();
        row.reviewComment = comment;
        return item;
    }

    /** Prerequisites move only while the application is open and its review period runs. */
    private void requireInReview(Application application) {
        if (application.status != ApplicationStatus.SUBMITTED) {
            throw APPLICATION_NOT_OPEN.with(
                    "Prerequisites change only while the application is SUBMITTED; it is " + application.status);
        }
        Term term = terms.findById(application.termId);
        ReviewPolicy.requireReviewRunning(term.reviewEndsAt(), clock.instant());
    }

    private Item item(Application application, UUID taskId) {
        return items(application).stream()
                .filter(i -> i.task().id.equals(taskId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Prerequisite", taskId));
    }

    private static boolean isWebLink(String evidence) {
        try {
            URI uri = URI.create(evidence.trim());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
