package org.mentorship.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentorship.application.config.AdmissionsConfig;
import org.mentorship.application.model.Applicant;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.CallTask;
import org.mentorship.application.model.Notification;
import org.mentorship.application.model.NotificationState;
import org.mentorship.application.model.Project;
import org.mentorship.application.repository.ApplicantRepository;
import org.mentorship.application.repository.CallTaskRepository;
import org.mentorship.application.repository.NotificationRepository;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.platform.notice.Delivery;
import org.mentorship.platform.notice.Notices;
import org.mentorship.platform.person.NoticeKind;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.platform.time.LocalTimes;

/**
 * Tells the applicant the result (and reminds them of prerequisites), the way they asked: always a notice in their
 * feed (platform {@link Notices}), and by their channel for the kind an email queued in the notification outbox (sent
 * and retried by {@link NotificationSender}), a call task for a coordinator, or nothing more. Written in the decision's
 * transaction, so a decision never lacks its notification and a failed mail never undoes a decision.
 */
@ApplicationScoped
public class ResultNotifier {

    private final ApplicantRepository applicants;
    private final ProjectRepository projects;
    private final NotificationRepository notifications;
    private final CallTaskRepository callTasks;
    private final Announcements announcements;
    private final Notices notices;
    private final PersonSettings settings;
    private final AdmissionsConfig config;
    private final Clock clock;

    ResultNotifier(
            ApplicantRepository applicants,
            ProjectRepository projects,
            NotificationRepository notifications,
            CallTaskRepository callTasks,
            Announcements announcements,
            Notices notices,
            PersonSettings settings,
            AdmissionsConfig config,
            Clock clock) {
        this.applicants = applicants;
        this.projects = projects;
        this.notifications = notifications;
        this.callTasks = callTasks;
        this.announcements = announcements;
        this.notices = notices;
        this.settings = settings;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The acceptance, which also names the applicant's other applications of the term that it withdrew (one
     * message: a mentee is accepted to one project per term).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accepted(Application application, List<Project> withdrawnFrom) {
        Applicant applicant = applicants.findById(application.applicantId);
        Project project = projects.findById(application.projectId);
        StringBuilder message = new StringBuilder("Congratulations ")
                .append(applicant.name)
                .append(": you were accepted as a mentee of '")
                .append(project.title)
                .append("' (")
                .append(project.organization)
                .append("). Next step: sign your contract and complete the HR steps in your account.");
        if (!withdrawnFrom.isEmpty()) {
            message.append(
                            " As a mentee takes one project per term, your other applications of this term were withdrawn: ")
                    .append(withdrawnFrom.stream()
                            .map(p -> "'" + p.title + "' (" + p.organization + ")")
                            .collect(Collectors.joining(", ")))
                    .append('.');
        }
        send(
                application,
                applicant,
                NoticeKind.DECISION,
                "You were accepted: " + project.title,
                message.toString(),
                announcements.visibleFrom(application.termId));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void notAccepted(Application application, String reason) {
        Applicant applicant = applicants.findById(application.applicantId);
        Project project = projects.findById(application.projectId);
        send(
                application,
                applicant,
                NoticeKind.DECISION,
                "Your application to " + project.title,
                "Thank you " + applicant.name
                        + " for applying to '" + project.title + "' (" + project.organization
                        + "). Your application was not accepted (" + reason + ").",
                announcements.visibleFrom(application.termId));
    }

    /** The once-per-application reminder of prerequisites not handed in (PrerequisiteReminders). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void prerequisitesMissing(Application application, Instant reviewEndsAt, int missing) {
        Applicant applicant = applicants.findById(application.applicantId);
        Project project = projects.findById(application.projectId);
        String reviewEnd = LocalTimes.forMail(reviewEndsAt, settings.zoneOf(applicant.userId));
        send(
                application,
                applicant,
                NoticeKind.PREREQUISITE_REMINDER,
                "Prerequisites due by " + reviewEnd + ": " + project.title,
                "Hello " + applicant.name + ": " + missing + " prerequisite task(s) of your application to '"
                        + project.title + "' (" + project.organization + ") are not handed in yet. The review ends "
                        + reviewEnd + "; after that nothing can be handed in.",
                null);
    }

    /**
     * Into the person's feed, and out by the channel they chose for the kind: a call task (only decisions are
     * called about; without a phone number it is a mail), a mail, or nothing more (feed only, never for a decision).
     */
    private void send(
            Application application,
            Applicant applicant,
            NoticeKind kind,
            String subject,
            String message,
            Instant heldUntil) {
        Instant now = clock.instant();
        // A decision under the term's embargo (heldUntil): the notice, call and mail wait for the announcement.
        Delivery delivery = notices.notify(applicant.userId, kind, subject, message, heldUntil);
        if (delivery.feedOnly()) {
            return;
        }
        if (delivery.byPhone() && applicant.phone != null) {
            Instant from = heldUntil != null ? heldUntil : now;
            callTasks.persist(CallTask.open(
                            application.id,
                            applicant.userId,
                            applicant.phone,
                            message,
                            from.plus(config.notifications().callDue()))
                    .heldUntil(heldUntil));
            return;
        }
        Notification mail = new Notification();
        mail.id = UUID.randomUUID();
        mail.applicationId = application.id;
        mail.recipient = applicant.email;
        mail.subject = subject;
        mail.body = message;
        mail.state = NotificationState.PENDING;
        mail.attempts = 0;
        mail.nextAttemptAt = heldUntil != null ? heldUntil : now;
        mail.createdAt = now;
        notifications.persist(mail);
    }
}
