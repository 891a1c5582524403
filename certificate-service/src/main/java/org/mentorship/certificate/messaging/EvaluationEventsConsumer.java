package org.mentorship.certificate.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mentorship.certificate.service.CompletionService;
import org.mentorship.contracts.events.MentorshipCompleted;
import org.mentorship.contracts.events.MentorshipTerminated;
import org.mentorship.platform.inbox.InboxProcessor;

/** The end of a mentorship: completed (a requirement met) or terminated (the record closes without certificate). */
@ApplicationScoped
public class EvaluationEventsConsumer {

    static final String CONSUMER = "certificate-service.evaluation-events";

    private final InboxProcessor inbox;
    private final CompletionService completions;

    EvaluationEventsConsumer(InboxProcessor inbox, CompletionService completions) {
        this.inbox = inbox;
        this.completions = completions;
    }

    @Incoming("evaluation-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, event -> {
            if (event.data() instanceof MentorshipCompleted completed) {
                completions.onMentorshipCompleted(completed, event.source());
            } else if (event.data() instanceof MentorshipTerminated terminated) {
                completions.onMentorshipTerminated(terminated, event.source());
            }
        });
    }
}
