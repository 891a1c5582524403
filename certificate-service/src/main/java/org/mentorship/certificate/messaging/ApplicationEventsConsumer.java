package org.mentorship.certificate.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mentorship.certificate.service.CompletionService;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.platform.inbox.HandledEvents;
import org.mentorship.platform.inbox.InboxProcessor;

/** MenteeOnboarded opens (or completes) the mentorship's completion record; other application events are not ours. */
@ApplicationScoped
public class ApplicationEventsConsumer {

    static final String CONSUMER = "certificate-service.application-events";

    /** Any other type of the topic is skipped from its header (HandledEvents). */
    static final HandledEvents HANDLED = HandledEvents.of(MenteeOnboarded.class);

    private final InboxProcessor inbox;
    private final CompletionService completions;

    ApplicationEventsConsumer(InboxProcessor inbox, CompletionService completions) {
        this.inbox = inbox;
        this.completions = completions;
    }

    @Incoming("application-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, HANDLED, event -> {
            if (event.data() instanceof MenteeOnboarded onboarded) {
                completions.onMenteeOnboarded(onboarded, event.source());
            }
        });
    }
}
