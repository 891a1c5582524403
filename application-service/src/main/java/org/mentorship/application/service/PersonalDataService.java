package org.mentorship.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorship.application.model.Applicant;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.CallTask;
import org.mentorship.application.model.ContractSignature;
import org.mentorship.application.model.EligibilityAnswer;
import org.mentorship.application.model.ErasureRequest;
import org.mentorship.application.model.Notification;
import org.mentorship.application.model.ScoreSet;
import org.mentorship.application.repository.ApplicantRepository;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.CallTaskRepository;
import org.mentorship.application.repository.ContractSignatureRepository;
import org.mentorship.application.repository.EligibilityAnswerRepository;
import org.mentorship.application.repository.ErasureRequestRepository;
import org.mentorship.application.repository.NotificationRepository;
import org.mentorship.application.repository.ScoreRepository;
import org.mentorship.platform.notice.NoticeView;
import org.mentorship.platform.notice.Notices;

/** Everything application-service holds about one person, for their export (GET /api/v1/me/data). */
@ApplicationScoped
public class PersonalDataService {

    /** One application with what hangs on it. */
    public record ApplicationData(
            ApplicationViews.View view,
            List<PrerequisiteService.Item> prerequisites,
            Optional<ContractSignature> signature,
            List<Notification> mails,
            List<CallTask> calls) {}

    public record PersonalData(
            String personId,
            ProfileService.Profile settings,
            Optional<Applicant> applicant,
            List<ApplicationData> applications,
            List<NoticeView> notices,
            List<EligibilityAnswer> eligibilityAnswers,
            List<ScoreSet> scoresGiven,
            Optional<ErasureRequest> erasure) {}

    private final ApplicantRepository applicants;
    private final ApplicationRepository applications;
    private final ApplicationViews views;
    private final PrerequisiteService prerequisites;
    private final ContractSignatureRepository signatures;
    private final NotificationRepository notifications;
    private final CallTaskRepository callTasks;
    private final ErasureRequestRepository erasures;
    private final ProfileService profiles;
    private final Notices notices;
    private final EligibilityAnswerRepository eligibilityAnswers;
    private final ScoreRepository scores;
    private final Clock clock;

    PersonalDataService(
            ApplicantRepository applicants,
            ApplicationRepository applications,
            ApplicationViews views,
            PrerequisiteService prerequisites,
            ContractSignatureRepository signatures,
            NotificationRepository notifications,
            CallTaskRepository callTasks,
            ErasureRequestRepository erasures,
            ProfileService profiles,
            Notices notices,
            EligibilityAnswerRepository eligibilityAnswers,
            ScoreRepository scores,
            Clock clock) {
        this.clock = clock;
        this.applicants = applicants;
        this.applications = applications;
        this.views = views;
        this.prerequisites = prerequisites;
        this.signatures = signatures;
        this.notifications = notifications;
        this.callTasks = callTasks;
        this.erasures = erasures;
        this.profiles = profiles;
        this.notices = notices;
        this.eligibilityAnswers = eligibilityAnswers;
        this.scores = scores;
    }

    /** Read in one transaction, so the parts agree with each other. */
    @Transactional
    public PersonalData of(String personId) {
        List<ApplicationData> mine = new ArrayList<>();
        for (Application a : applications.list("applicantId = ?1 order by submittedAt", personId)) {
            // What the embargo of the term still holds (status, mails, calls) is not hers yet (Announcements).
            Instant now = clock.instant();
            mine.add(new ApplicationData(
                    views.asApplicantSees(a),
                    prerequisites.items(a),
                    signatures.findByIdOptional(a.id),
                    notifications.ofApplication(a.id).stream()
                            .filter(n -> n.attempts > 0 || !n.nextAttemptAt.isAfter(now))
                            .toList(),
                    callTasks.list("applicationId = ?1 order by dueAt", a.id).stream()
                            .filter(c -> c.isVisibleAt(now))
                            .toList()));
        }
        return new PersonalData(
                personId,
                profiles.get(personId),
                applicants.findByIdOptional(personId),
                mine,
                notices.all(personId),
                eligibilityAnswers.ofPerson(personId),
                scores.byReviewer(personId),
                erasures.ofPerson(personId));
    }
}
