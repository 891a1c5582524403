package org.mentorship.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.mentorship.application.model.Applicant;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.PrerequisiteStatus;
import org.mentorship.application.model.Project;
import org.mentorship.application.model.Term;
import org.mentorship.application.policy.ProjectSchedulePolicy;
import org.mentorship.application.policy.ReviewPolicy;
import org.mentorship.application.repository.ApplicantRepository;
import org.mentorship.application.repository.ContractSignatureRepository;
import org.mentorship.application.repository.HrStepRepository;
import org.mentorship.application.repository.PrerequisiteProgressRepository;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.application.repository.TermRepository;

/** Everything a read of an application shows: its term, project, applicant, progress and next step. */
@ApplicationScoped
public class ApplicationViews {

    public record View(
            Application application,
            Term term,
            Project project,
            Applicant applicant,
            int prerequisitesTotal,
            int prerequisitesApproved,
            Instant earliestDecisionAt,
            NextStep nextStep,
            Instant announcedAt,
            Instant heldUntil) {}

    private final TermRepository terms;
    private final ProjectRepository projects;
    private final ApplicantRepository applicants;
    private final PrerequisiteProgressRepository progress;
    private final ContractSignatureRepository signatures;
    private final HrStepRepository hrSteps;
    private final ReviewPolicy review;
    private final Announcements announcements;

    ApplicationViews(
            TermRepository terms,
            ProjectRepository projects,
            ApplicantRepository applicants,
            PrerequisiteProgressRepository progress,
            ContractSignatureRepository signatures,
            HrStepRepository hrSteps,
            ReviewPolicy review,
            Announcements announcements) {
        this.announcements = announcements;
        this.terms = terms;
        this.projects = projects;
        this.applicants = applicants;
        this.progress = progress;
        this.signatures = signatures;
        this.hrSteps = hrSteps;
        this.review = review;
    }

    /**
     * As its applicant sees it: before the term's announcement, as it was before the held decisions (and without
     * the announcement times, which are for staff).
     */
    public View asApplicantSees(Application application) {
        View real = of(announcements.asApplicantSees(application));
        return new View(
                real.application(),
                real.term(),
                real.project(),
                real.applicant(),
                real.prerequisitesTotal(),
                real.prerequisitesApproved(),
                real.earliestDecisionAt(),
                real.nextStep(),
                null,
                null);
    }

    public View of(Application application) {
        Term term = terms.findById(application.termId);
        Project project = projects.findById(application.projectId);
        Applicant applicant = applicants.findById(application.applicantId);
        var rows = progress.ofApplication(application.id);
        int approved = (int) rows.stream()
                .filter(r -> r.status == PrerequisiteStatus.APPROVED)
                .count();
        return new View(
                application,
                term,
                project,
                applicant,
                rows.size(),
                approved,
                review.earliestDecision(application.submittedAt),
                nextStep(application, term, project, rows.size(), approved),
                announcements.announcedAt(application),
                announcements.heldUntil(application));
    }

    /** A just-submitted application: every prerequisite of its project is NOT_STARTED, none approved. */
    public View submitted(Application application, Term term, Project project, Applicant applicant) {
        int total = project.prerequisites.size();
        return new View(
                application,
                term,
                project,
                applicant,
                total,
                0,
                review.earliestDecision(application.submittedAt),
                nextStep(application, term, project, total, 0),
                null,
                null);
    }

    private NextStep nextStep(Application application, Term term, Project project, int total, int approved) {
        return switch (application.status) {
            case SUBMITTED ->
                approved < total
                        ? new NextStep(
                                "COMPLETE_PREREQUISITES",
                                "Complete your prerequisite tasks (" + approved + " of " + total
                                        + " approved) before the review period ends",
                                term.reviewEndsAt())
                        : new NextStep(
                                "AWAIT_DECISION",
                                "All prerequisites are approved; wait for the decision",
                                term.reviewEndsAt());
            case WAITLISTED ->
                new NextStep(
                        "AWAIT_FREED_SLOT",
                        "You are on the project's waitlist: you are accepted if a slot frees before the program starts",
                        NextStep.startOfDay(term.programStart));
            case ACCEPTED -> onboardingStep(application, project.schedule(term));
            case ONBOARDED ->
                new NextStep(
                        "WORK_ON_PROJECT",
                        "Work on the project plan with your mentors",
                        NextStep.startOfDay(project.schedule(term).endsOn()));
            case COMPLETED ->
                new NextStep("FINISH_COMPLETION", "Finish the exams and feedback survey for your certificate", null);
            case GRADUATED -> NextStep.none("You graduated: congratulations");
            case REJECTED -> NextStep.none("Not accepted: " + application.decisionReason);
            case WITHDRAWN -> NextStep.none("Withdrawn");
            case ENDED -> NextStep.none("The mentorship ended");
        };
    }

    private NextStep onboardingStep(Application application, ProjectSchedulePolicy.Schedule schedule) {
        Instant deadline = NextStep.startOfDay(schedule.startsOn());
        if (signatures.findByIdOptional(application.id).isEmpty()) {
            return new NextStep("SIGN_CONTRACT", "Sign your mentee contract", deadline);
        }
        List<String> open = hrSteps.ofApplication(application.id).stream()
                .filter(s -> !s.isDone())
                .map(s -> s.step)
                .toList();
        return new NextStep("COMPLETE_HR_STEPS", "Complete the HR steps: " + String.join(", ", open), deadline);
    }
}
