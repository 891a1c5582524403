package org.mentorship.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
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
        move(mentorshipId, ApplicationStatus.COMPLETED, a -> a.completeMentorship(actor(source)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void terminated(UUID mentorshipId, String source, String reason) {
        move(mentorshipId, ApplicationStatus.ENDED, a -> a.endMentorship(actor(source), reason));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void certified(UUID mentorshipId, String source) {
        move(mentorshipId, ApplicationStatus.GRADUATED, a -> a.graduate(actor(source)));
    }

    private void move(
            UUID mentorshipId, ApplicationStatus to, Function<Application, Optional<Application.Transition>> step) {
        Application application = applications.findByMentorship(mentorshipId).orElse(null);
        if (application == null) {
            LOG.warnf("No application has mentorship %s; %s ignored", mentorshipId, to);
            return;
        }
        ApplicationStatus was = application.status;
        step.apply(application)
                .ifPresentOrElse(
                        transition -> statusChanges.record(application, transition, null),
                        () -> LOG.infof("Application %s is %s; not moving it to %s", application.id, was, to));
    }

    private static String actor(String source) {
        return source == null ? "system" : source;
    }
}
