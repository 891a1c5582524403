package org.mentorship.stipend.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mentorship.platform.inbox.InboxProcessor;
import org.mentorship.stipend.service.StipendEvents;
import org.mentorship.stipend.service.TakenBackPasses;

/** Evaluation outcomes, extensions and terminations, applied once each through the inbox; anything unprocessable is dead-lettered. */
@ApplicationScoped
public class EvaluationEventsConsumer {

    static final String CONSUMER = "stipend-service.evaluation-events";

    private final InboxProcessor inbox;
    private final StipendEvents events;
    private final TakenBackPasses takenBack;

    EvaluationEventsConsumer(InboxProcessor inbox, StipendEvents events, TakenBackPasses takenBack) {
        this.inbox = inbox;
        this.events = events;
        this.takenBack = takenBack;
    }

    @Incoming("evaluation-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, event -> {
            takenBack.apply(event.data()); // EvaluationOutcomeChanged, and a taken-back installment passed again
            events.apply(event.id(), event.data());
        });
    }
}
