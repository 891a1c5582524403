package org.mentorship.application.service;

import static org.mentorship.application.problem.ApplicationProblems.CONTRACT_ALREADY_SIGNED;
import static org.mentorship.application.problem.ApplicationProblems.CONTRACT_VERSION_MISMATCH;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.application.config.AdmissionsConfig;
import org.mentorship.application.model.Applicant;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ContractSignature;
import org.mentorship.application.model.HrStep;
import org.mentorship.application.model.Project;
import org.mentorship.application.model.Term;
import org.mentorship.application.policy.ProjectSchedulePolicy;
import org.mentorship.application.repository.ApplicantRepository;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.ContractSignatureRepository;
import org.mentorship.application.repository.HrStepRepository;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.application.repository.TermRepository;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.contracts.events.TaxFormConfirmed;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.platform.problem.ProblemException;

/** After acceptance: the contract signature and the HR steps; when all are done the mentorship begins. */
@ApplicationScoped
public class OnboardingService {

    /** Everything about one application's onboarding. */
    public record State(
            Application application,
            Optional<ContractSignature> signature,
            List<HrStep> hrSteps,
            String contractVersion,
            String contractText) {}

    private final Access access;
    private final ApplicationRepository applications;
    private final ContractSignatureRepository signatures;
    private final HrStepRepository hrSteps;
    private final ApplicantRepository applicants;
    private final ProjectRepository projects;
    private final TermRepository terms;
    private final StatusChanges statusChanges;
    private final Announcements announcements;
    private final Outbox outbox;
    private final AdmissionsConfig config;
    private final Clock clock;

    OnboardingService(
            Access access,
            ApplicationRepository applications,
            ContractSignatureRepository signatures,
            HrStepRepository hrSteps,
            ApplicantRepository applicants,
            ProjectRepository projects,
            TermRepository terms,
            StatusChanges statusChanges,
            Announcements announcements,
            Outbox outbox,
            AdmissionsConfig config,
            Clock clock) {
        this.access = access;
        this.applications = applications;
        this.signatures = signatures;
        this.hrSteps = hrSteps;
        this.applicants = applicants;
        this.projects = projects;
        this.terms = terms;
        this.statusChanges = statusChanges;
        this.announcements = announcements;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** Called in the acceptance's transaction: lays out the HR steps to check off. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(Application application) {
        int position = 1;
        for (String step : config.hrSteps()) {
            hrSteps.persist(HrStep.toDo(application.id, step.trim(), position++));
        }
    }

    public State view(UUID applicationId) {
        Application application = access.readable(applicationId);
        asApplicantSees(application).requireOnboardingStarted();
        return state(application);
    }

    /** Its applicant sees no acceptance before the term's announcement: to her the onboarding has not started. */
    private Application asApplicantSees(Application application) {
        return access.isApplicant(application) ? announcements.asApplicantSees(application) : application;
    }

    public State state(Application application) {
        return new State(
                application,
                signatures.findByIdOptional(application.id),
                hrSteps.ofApplication(application.id),
                config.contract().version(),
                config.contract().text());
    }

    @Transactional
    public State sign(UUID applicationId, String legalName, String contractVersion, String clientAddress) {
        Application application = access.ownedByCaller(applicationId);
        applications.lock(application); // the last HR step, checked off at this moment, then sees this signature
        announcements.asApplicantSees(application).requireInOnboarding(); // not before the term's announcement
        if (signatures.findByIdOptional(application.id).isPresent()) {
            throw CONTRACT_ALREADY_SIGNED.with("The contract of this application is signed; a signature cannot change");
        }
        if (!config.contract().version().equals(contractVersion)) {
            throw CONTRACT_VERSION_MISMATCH.with("The current contract is version "
                    + config.contract().version() + "; read it again and sign that one");
        }
        ContractSignature signature = ContractSignature.snapshot(
                application.id,
                config.contract().version(),
                config.contract().text(),
                legalName,
                clock.instant(),
                clientAddress,
                applicants.findById(application.applicantId).country);
        signatures.persist(signature);
        completeIfReady(application, Optional.of(signature));
        return state(application);
    }

    @Transactional
    public State completeHrStep(UUID applicationId, String step) {
        Application application = access.runnable(applicationId); // 404 for an org-admin of another organisation
        access.requireNotApplicant(application, "check off the HR steps of this onboarding");
        applications.lock(application); // before reading any step or the signature: see lock()
        application.requireInOnboarding();
        HrStep row = hrSteps.findByIdOptional(new HrStep.Key(application.id, step))
                .orElseThrow(() -> ProblemException.notFound("HR step", step));
        row.checkOff(access.actor(), clock.instant());
        if (HrStep.TAX_FORM.equals(row.step)) {
            // The program, not the payee, confirms the tax form: stipend approval waits for this.
            outbox.publish(new TaxFormConfirmed(
                    application.id,
                    application.termId,
                    application.projectId,
                    application.applicantId,
                    row.doneBy,
                    row.doneAt));
        }
        completeIfReady(application, signatures.findByIdOptional(application.id));
        return state(application);
    }

    private void completeIfReady(Application application, Optional<ContractSignature> signature) {
        if (signature.isEmpty()
                || hrSteps.ofApplication(application.id).stream().anyMatch(s -> !s.isDone())) {
            return;
        }
        Applicant applicant = applicants.findById(application.applicantId);
        Project project = projects.findById(application.projectId);
        Term term = terms.findById(application.termId);
        Instant now = clock.instant();
        // The mentee's dates are her project's (its own schedule within the term): evaluations, stipends and the
        // letter are dated from them downstream.
        ProjectSchedulePolicy.Schedule schedule = project.schedule(term);
        statusChanges.record(application, application.onboard(UUID.randomUUID(), access.actor()), null);
        outbox.publish(new MenteeOnboarded(
                application.mentorshipId,
                application.id,
                term.id,
                term.name,
                project.id,
                project.title,
                project.organization,
                applicant.userId,
                signature.get().legalName,
                applicant.email,
                new ArrayList<>(project.mentorIds),
                contacts(project),
                project.evaluationCount,
                schedule.startsOn(),
                schedule.endsOn(),
                now,
                signature.get().country != null ? signature.get().country : applicant.country));
    }

    private static List<MenteeOnboarded.MentorContact> contacts(Project project) {
        return project.mentorIds.stream()
                .filter(project.mentorEmails::containsKey)
                .map(mentor -> new MenteeOnboarded.MentorContact(mentor, project.mentorEmails.get(mentor)))
                .toList();
    }
}
