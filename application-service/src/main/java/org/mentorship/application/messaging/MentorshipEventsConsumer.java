package org.mentorship.application.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mentorship.application.calendar.CalendarProjection;
import org.mentorship.application.service.MentorshipOutcomes;
import org.mentorship.contracts.events.CertificateIssued;
import org.mentorship.contracts.events.CompletionRequirementsOpened;
import org.mentorship.contracts.events.MentorshipCompleted;
import org.mentorship.contracts.events.MentorshipExtended;
import org.mentorship.contracts.events.MentorshipStarted;
import org.mentorship.contracts.events.MentorshipTerminated;
import org.mentorship.contracts.events.StipendCancelled;
import org.mentorship.contracts.events.StipendPaymentScheduled;
import org.mentorship.platform.inbox.HandledEvents;
import org.mentorship.platform.inbox.InboxProcessor;

/**
 * How a mentorship goes on after onboarding, told by the evaluation, stipend and certificate services: its end shows
 * on the applicant's status, its dates in the calendar feeds (CalendarProjection). Applied once each through the
 * inbox; anything unprocessable is dead-lettered; other event types are ignored.
 */
@ApplicationScoped
public class MentorshipEventsConsumer {

    static final String EVALUATIONS = "application-service.evaluation-events";
    static final String CERTIFICATES = "application-service.certificate-events";
    static final String STIPENDS = "application-service.stipend-events";

    /** Of the stipend topic only the scheduled payments matter here; the rest is skipped from its header. */
    static final HandledEvents STIPENDS_HANDLED =
            HandledEvents.of(StipendPaymentScheduled.class, StipendCancelled.class);

    private final InboxProcessor inbox;
    private final MentorshipOutcomes outcomes;
    private final CalendarProjection calendar;

    MentorshipEventsConsumer(InboxProcessor inbox, MentorshipOutcomes outcomes, CalendarProjection calendar) {
        this.inbox = inbox;
        this.outcomes = outcomes;
        this.calendar = calendar;
    }

    @Incoming("evaluation-events")
    @Blocking
    public void evaluations(ConsumerRecord<String, String> record) {
        inbox.process(EVALUATIONS, record, event -> {
            if (event.data() instanceof MentorshipStarted started) {
                calendar.started(started, event.time());
            } else if (event.data() instanceof MentorshipExtended extended) {
                calendar.extended(extended, event.time());
            } else if (event.data() instanceof MentorshipCompleted completed) {
                outcomes.completed(completed.mentorshipId(), event.source());
                calendar.ended(completed.mentorshipId(), completed.menteeId(), completed.completedAt(), event.time());
            } else if (event.data() instanceof MentorshipTerminated terminated) {
                outcomes.terminated(terminated.mentorshipId(), event.source(), terminated.reason());
                calendar.ended(
                        terminated.mentorshipId(), terminated.menteeId(), terminated.terminatedAt(), event.time());
            }
        });
    }

    @Incoming("certificate-events")
    @Blocking
    public void certificates(ConsumerRecord<String, String> record) {
        inbox.process(CERTIFICATES, record, event -> {
            if (event.data() instanceof CertificateIssued issued) {
                outcomes.certified(issued.mentorshipId(), event.source());
            } else if (event.data() instanceof CompletionRequirementsOpened opened) {
                calendar.requirementsOpened(opened, event.time());
            }
        });
    }

    @Incoming("stipend-events")
    @Blocking
    public void stipends(ConsumerRecord<String, String> record) {
        inbox.process(STIPENDS, record, STIPENDS_HANDLED, event -> {
            if (event.data() instanceof StipendPaymentScheduled scheduled) {
                calendar.paymentScheduled(scheduled, event.time());
            } else if (event.data() instanceof StipendCancelled cancelled) {
                calendar.paymentCancelled(cancelled, event.time());
            }
        });
    }
}
