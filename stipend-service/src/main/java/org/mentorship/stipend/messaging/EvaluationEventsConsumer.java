package org.mentorship.stipend.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mentorship.platform.inbox.InboxProcessor;
import org.mentorship.stipend.service.StipendEvents;

import io.smallrye.common.annotation.Blocking;

/** Evaluation outcomes, extensions and terminations, applied once each through the inbox; anything unprocessable is dead-lettered. */
@ApplicationScoped
public class EvaluationEventsConsumer {

    static final String CONSUMER = "stipend-service.evaluation-events";

    private final InboxProcessor inbox;
    private final StipendEvents events;

    EvaluationEventsConsumer(InboxProcessor inbox, StipendEvents events) {
        this.inbox = inbox;
        this.events = events;
    }

    @Incoming("evaluation-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, event -> events.apply(event.id(), event.data()));
    }
}
