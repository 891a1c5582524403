package org.mentorship.certificate.metrics;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mentorship.platform.metrics.MailGauges;

/**
 * Letters of Completion still to be mailed or given up on: {@code mentorship_mails{mail="letter",state}}. A revoked
 * letter that was never mailed is withheld, not pending.
 */
@ApplicationScoped
public class CertificateGauges {

    void register(@Observes StartupEvent startup, MailGauges mails) {
        mails.register("letter", """
                select case when mail_failed_at is not null then 'FAILED' else 'PENDING' end, count(*), min(issued_at)
                from certificate
                where mailed_at is null and (mail_failed_at is not null or status = 'VALID')
                group by 1""");
    }
}
