package org.mentorship.stipend.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.platform.inbox.InboxProcessor;
import org.mentorship.stipend.service.PaymentService;

import io.smallrye.common.annotation.Blocking;

/** Evaluation outcomes, applied once each through the inbox; anything unprocessable is dead-lettered. */
@ApplicationScoped
public class EvaluationEventsConsumer {

    static final String CONSUMER = "stipend-service.evaluation-events";

    private final InboxProcessor inbox;
    private final PaymentService payments;

    EvaluationEventsConsumer(InboxProcessor inbox, PaymentService payments) {
        this.inbox = inbox;
        this.payments = payments;
    }

    @Incoming("evaluation-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, event -> {
            if (event.data() instanceof EvaluationPassed passed) {
                payments.onEvaluationPassed(passed);
            }
        });
    }
}
