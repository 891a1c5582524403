package org.mentorship.certificate.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mentorship.certificate.service.CompletionService;
import org.mentorship.certificate.service.PersonDataService;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.contracts.events.PersonErased;
import org.mentorship.contracts.events.PersonSettingsChanged;
import org.mentorship.platform.inbox.HandledEvents;
import org.mentorship.platform.inbox.InboxProcessor;

/**
 * MenteeOnboarded opens (or completes) the mentorship's completion record; PersonSettingsChanged and PersonErased keep
 * a person's settings and carry out their erasure here; other application events are not ours.
 */
@ApplicationScoped
public class ApplicationEventsConsumer {

    static final String CONSUMER = "certificate-service.application-events";

    /** Any other type of the topic is skipped from its header (HandledEvents). */
    static final HandledEvents HANDLED =
            HandledEvents.of(MenteeOnboarded.class, PersonSettingsChanged.class, PersonErased.class);

    private final InboxProcessor inbox;
    private final CompletionService completions;
    private final PersonDataService people;

    ApplicationEventsConsumer(InboxProcessor inbox, CompletionService completions, PersonDataService people) {
        this.inbox = inbox;
        this.completions = completions;
        this.people = people;
    }

    @Incoming("application-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, HANDLED, event -> {
            if (event.data() instanceof MenteeOnboarded onboarded) {
                completions.onMenteeOnboarded(onboarded, event.source());
            } else if (event.data() instanceof PersonSettingsChanged changed) {
                people.apply(changed);
            } else if (event.data() instanceof PersonErased erased) {
                people.erase(erased);
            }
        });
    }
}
