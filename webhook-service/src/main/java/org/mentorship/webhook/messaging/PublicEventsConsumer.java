package org.mentorship.webhook.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mentorship.contracts.events.PersonErased;
import org.mentorship.contracts.events.PersonSettingsChanged;
import org.mentorship.platform.inbox.InboxProcessor;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.webhook.service.CloudEventBody;
import org.mentorship.webhook.service.DeliveryQueue;

/**
 * Every event of the four public topics becomes, in the transaction of its inbox row, one delivery per enabled
 * endpoint that asked for its type: a redelivered record finds the inbox row and adds nothing.
 */
@ApplicationScoped
public class PublicEventsConsumer {

    static final String APPLICATIONS = "webhook-service.application-events";
    static final String EVALUATIONS = "webhook-service.evaluation-events";
    static final String STIPENDS = "webhook-service.stipend-events";
    static final String CERTIFICATES = "webhook-service.certificate-events";

    private final InboxProcessor inbox;
    private final DeliveryQueue queue;
    private final PersonSettings people;

    PublicEventsConsumer(InboxProcessor inbox, DeliveryQueue queue, PersonSettings people) {
        this.inbox = inbox;
        this.queue = queue;
        this.people = people;
    }

    @Incoming("application-events")
    @Blocking
    public void applications(ConsumerRecord<String, String> record) {
        inbox.process(APPLICATIONS, record, event -> {
            // A person's settings (the channel of their notices) and their erasure apply here too.
            if (event.data() instanceof PersonSettingsChanged changed) {
                people.apply(changed);
            } else if (event.data() instanceof PersonErased erased) {
                people.erase(erased.personId());
            }
            queue.enqueue(event.id(), event.type(), CloudEventBody.of(event, record));
        });
    }

    @Incoming("evaluation-events")
    @Blocking
    public void evaluations(ConsumerRecord<String, String> record) {
        consume(EVALUATIONS, record);
    }

    @Incoming("stipend-events")
    @Blocking
    public void stipends(ConsumerRecord<String, String> record) {
        consume(STIPENDS, record);
    }

    @Incoming("certificate-events")
    @Blocking
    public void certificates(ConsumerRecord<String, String> record) {
        consume(CERTIFICATES, record);
    }

    private void consume(String consumer, ConsumerRecord<String, String> record) {
        inbox.process(
                consumer, record, event -> queue.enqueue(event.id(), event.type(), CloudEventBody.of(event, record)));
    }
}
