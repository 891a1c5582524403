package org.mentorship.application.metrics;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mentorship.platform.metrics.MailGauges;

/** The result emails' outbox ({@code notification}): {@code mentorship_mails{mail="notification",state}}. */
@ApplicationScoped
public class ApplicationGauges {

    void register(@Observes StartupEvent startup, MailGauges mails) {
        mails.register("notification", """
                select state, count(*), min(created_at) from notification where state in ('PENDING', 'FAILED')
                group by state""");
    }
}
