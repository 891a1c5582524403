package org.mentorship.evaluation.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.contracts.events.MentorAssigned;
import org.mentorship.contracts.events.MentorRemoved;
import org.mentorship.contracts.events.PersonErased;
import org.mentorship.contracts.events.PersonSettingsChanged;
import org.mentorship.evaluation.service.MentorChanges;
import org.mentorship.evaluation.service.MentorshipService;
import org.mentorship.evaluation.service.PersonDataService;
import org.mentorship.platform.inbox.HandledEvents;
import org.mentorship.platform.inbox.InboxProcessor;

/**
 * MenteeOnboarded starts a mentorship, once per event (inbox) and once per mentorship (its id is the key);
 * PersonSettingsChanged and PersonErased keep a person's settings and carry out their erasure here; MentorAssigned and
 * MentorRemoved change the mentors of the project's running mentorships (MentorChanges).
 */
@ApplicationScoped
public class ApplicationEventsConsumer {

    static final String CONSUMER = "evaluation-service.application-events";

    /** Any other type of the topic is skipped from its header (HandledEvents). */
    static final HandledEvents HANDLED = HandledEvents.of(
            MenteeOnboarded.class,
            PersonSettingsChanged.class,
            PersonErased.class,
            MentorAssigned.class,
            MentorRemoved.class);

    private final InboxProcessor inbox;
    private final MentorshipService mentorships;
    private final PersonDataService people;
    private final MentorChanges mentorChanges;

    ApplicationEventsConsumer(
            InboxProcessor inbox,
            MentorshipService mentorships,
            PersonDataService people,
            MentorChanges mentorChanges) {
        this.inbox = inbox;
        this.mentorships = mentorships;
        this.people = people;
        this.mentorChanges = mentorChanges;
    }

    @Incoming("application-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, HANDLED, event -> {
            if (event.data() instanceof MenteeOnboarded onboarded) {
                mentorships.start(onboarded);
            } else if (event.data() instanceof PersonSettingsChanged changed) {
                people.apply(changed);
            } else if (event.data() instanceof PersonErased erased) {
                people.erase(erased);
            } else if (event.data() instanceof MentorAssigned assigned) {
                mentorChanges.assigned(assigned);
            } else if (event.data() instanceof MentorRemoved removed) {
                mentorChanges.removed(removed);
            }
        });
    }
}
