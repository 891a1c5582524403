package org.mentorship.application.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mentorship.application.service.MentorshipOutcomes;
import org.mentorship.contracts.events.CertificateIssued;
import org.mentorship.contracts.events.MentorshipCompleted;
import org.mentorship.contracts.events.MentorshipTerminated;
import org.mentorship.platform.inbox.InboxProcessor;

/**
 * How a mentorship ends, told by the evaluation and certificate services, so the applicant's status shows it.
 * Applied once each through the inbox; anything unprocessable is dead-lettered; other event types are ignored.
 */
@ApplicationScoped
public class MentorshipEventsConsumer {

    static final String EVALUATIONS = "application-service.evaluation-events";
    static final String CERTIFICATES = "application-service.certificate-events";

    private final InboxProcessor inbox;
    private final MentorshipOutcomes outcomes;

    MentorshipEventsConsumer(InboxProcessor inbox, MentorshipOutcomes outcomes) {
        this.inbox = inbox;
        this.outcomes = outcomes;
    }

    @Incoming("evaluation-events")
    @Blocking
    public void evaluations(ConsumerRecord<String, String> record) {
        inbox.process(EVALUATIONS, record, event -> {
            if (event.data() instanceof MentorshipCompleted completed) {
                outcomes.completed(completed.mentorshipId(), event.source());
            } else if (event.data() instanceof MentorshipTerminated terminated) {
                outcomes.terminated(terminated.mentorshipId(), event.source(), terminated.reason());
            }
        });
    }

    @Incoming("certificate-events")
    @Blocking
    public void certificates(ConsumerRecord<String, String> record) {
        inbox.process(CERTIFICATES, record, event -> {
            if (event.data() instanceof CertificateIssued issued) {
                outcomes.certified(issued.mentorshipId(), event.source());
            }
        });
    }
}
