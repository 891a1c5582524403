package org.mentorship.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.repository.ApplicationRepository;

/**
 * What happens after onboarding, told by the other services: the mentorship completed, ended early, or the
 * mentee graduated with a certificate. Events of one mentorship come on two topics, so they may arrive in
 * either order; a status only moves forward.
 */
@ApplicationScoped
public class MentorshipOutcomes {

    private static final Logger LOG = Logger.getLogger(MentorshipOutcomes.class);

    private final ApplicationRepository applications;
    private final StatusChanges statusChanges;

    MentorshipOutcomes(ApplicationRepository applications, StatusChanges statusChanges) {
        this.applications = applications;
        this.statusChanges = statusChanges;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void completed(UUID mentorshipId, String source) {
        move(
                mentorshipId,
                Set.of(ApplicationStatus.ONBOARDED),
                ApplicationStatus.COMPLETED,
                source,
                "mentorship completed");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void terminated(UUID mentorshipId, String source, String reason) {
        move(
                mentorshipId,
                Set.of(ApplicationStatus.ONBOARDED, ApplicationStatus.COMPLETED),
                ApplicationStatus.ENDED,
                source,
                "mentorship ended: " + reason);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void certified(UUID mentorshipId, String source) {
        move(
                mentorshipId,
                Set.of(ApplicationStatus.ONBOARDED, ApplicationStatus.COMPLETED),
                ApplicationStatus.GRADUATED,
                source,
                "certificate issued");
    }

    private void move(
            UUID mentorshipId, Set<ApplicationStatus> from, ApplicationStatus to, String source, String reason) {
        Application application = applications.findByMentorship(mentorshipId).orElse(null);
        if (application == null) {
            LOG.warnf("No application has mentorship %s; %s ignored", mentorshipId, to);
            return;
        }
        if (!from.contains(application.status)) {
            LOG.infof("Application %s is %s; not moving it to %s", application.id, application.status, to);
            return;
        }
        statusChanges.change(application, to, source == null ? "system" : source, reason, null);
    }
}
