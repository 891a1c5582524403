package org.mentorship.evaluation.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.evaluation.service.MentorshipService;
import org.mentorship.platform.inbox.HandledEvents;
import org.mentorship.platform.inbox.InboxProcessor;

/** MenteeOnboarded starts a mentorship, once per event (inbox) and once per mentorship (its id is the key). */
@ApplicationScoped
public class ApplicationEventsConsumer {

    static final String CONSUMER = "evaluation-service.application-events";

    /** Any other type of the topic is skipped from its header (HandledEvents). */
    static final HandledEvents HANDLED = HandledEvents.of(MenteeOnboarded.class);

    private final InboxProcessor inbox;
    private final MentorshipService mentorships;

    ApplicationEventsConsumer(InboxProcessor inbox, MentorshipService mentorships) {
        this.inbox = inbox;
        this.mentorships = mentorships;
    }

    @Incoming("application-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, HANDLED, event -> {
            if (event.data() instanceof MenteeOnboarded onboarded) {
                mentorships.start(onboarded);
            }
        });
    }
}
