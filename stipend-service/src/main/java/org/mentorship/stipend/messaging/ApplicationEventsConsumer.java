package org.mentorship.stipend.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.contracts.events.PersonErased;
import org.mentorship.contracts.events.PersonSettingsChanged;
import org.mentorship.contracts.events.TaxFormConfirmed;
import org.mentorship.platform.inbox.HandledEvents;
import org.mentorship.platform.inbox.InboxProcessor;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.stipend.service.PersonErasure;
import org.mentorship.stipend.service.StipendEvents;
import org.mentorship.stipend.service.TaxForms;

/**
 * MenteeOnboarded creates the stipend agreement; TaxFormConfirmed (the coordinator's tax-form HR step) lets its
 * payments be approved. PersonSettingsChanged keeps the person's zone and channels here; PersonErased forgets them
 * (PersonErasure). The topic's other events are not this service's business.
 */
@ApplicationScoped
public class ApplicationEventsConsumer {

    static final String CONSUMER = "stipend-service.application-events";

    /** Any other type of the topic is skipped from its header (HandledEvents). */
    static final HandledEvents HANDLED = HandledEvents.of(
            MenteeOnboarded.class, TaxFormConfirmed.class, PersonSettingsChanged.class, PersonErased.class);

    private final InboxProcessor inbox;
    private final StipendEvents events;
    private final TaxForms taxForms;
    private final PersonSettings personSettings;
    private final PersonErasure erasure;

    ApplicationEventsConsumer(
            InboxProcessor inbox,
            StipendEvents events,
            TaxForms taxForms,
            PersonSettings personSettings,
            PersonErasure erasure) {
        this.personSettings = personSettings;
        this.erasure = erasure;
        this.inbox = inbox;
        this.events = events;
        this.taxForms = taxForms;
    }

    @Incoming("application-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, HANDLED, event -> {
            if (event.data() instanceof MenteeOnboarded onboarded) {
                events.apply(event.id(), onboarded);
            } else if (event.data() instanceof TaxFormConfirmed confirmed) {
                taxForms.confirmedByHrStep(confirmed);
            } else if (event.data() instanceof PersonSettingsChanged changed) {
                personSettings.apply(changed);
            } else if (event.data() instanceof PersonErased erased) {
                erasure.erase(erased);
            }
        });
    }
}
