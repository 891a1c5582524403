package org.mentorship.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.PrerequisiteProgress;
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
    /** A task, the applicant's progress on it, and when it is due: the term's review end. */
    public record Item(PrerequisiteTask task, PrerequisiteProgress progress, Instant dueAt) {}

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
        Instant dueAt = terms.findById(application.termId).reviewEndsAt();
        return progress.ofApplication(application.id).stream()
                .map(p -> new Item(
                        project.prerequisites.stream()
                                .filter(t -> t.id.equals(p.taskId))
                                .findFirst()
                                .orElseThrow(),
                        p,
                        dueAt))
                .toList();
    }

    @Transactional
    public Item submit(UUID applicationId, UUID taskId, String evidence) {
        Application application = access.ownedByCaller(applicationId);
        requireInReview(application);
        Item item = item(application, taskId);
        item.progress().submit(item.task(), evidence, clock.instant());
        return item;
    }

    @Transactional
    public Item approve(UUID applicationId, UUID taskId) {
        Item item = reviewed(applicationId, taskId);
        item.progress().approve(access.actor(), clock.instant());
        return item;
    }

    @Transactional
    public Item sendBack(UUID applicationId, UUID taskId, String comment) {
        Item item = reviewed(applicationId, taskId);
        item.progress().sendBack(access.actor(), clock.instant(), comment);
        return item;
    }

    /** The item a mentor reviews: of an application they may review, while its review runs. */
    private Item reviewed(UUID applicationId, UUID taskId) {
        Application application = access.reviewable(applicationId, "review these prerequisites");
        requireInReview(application);
        return item(application, taskId);
    }

    /** Prerequisites move only while the application is open and its review period runs. */
    private void requireInReview(Application application) {
        application.requireOpenForPrerequisites();
        Term term = terms.findById(application.termId);
        ReviewPolicy.requireReviewRunning(term.reviewEndsAt(), clock.instant());
    }

    private Item item(Application application, UUID taskId) {
        return items(application).stream()
                .filter(i -> i.task().id.equals(taskId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Prerequisite", taskId));
    }
}
