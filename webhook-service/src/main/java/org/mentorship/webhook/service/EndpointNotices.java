package org.mentorship.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.platform.notice.Notices;
import org.mentorship.platform.person.NoticeKind;

/**
 * Tells an endpoint's owner that it was disabled, in the transaction that disables it. The feed is this service's
 * only channel (it sends no mail): whatever the owner chose, the notice is in their feed, which the gateway merges
 * into GET /api/v1/me/notifications.
 */
@ApplicationScoped
public class EndpointNotices {

    private static final Logger LOG = Logger.getLogger(EndpointNotices.class);

    private final Notices notices;

    EndpointNotices(Notices notices) {
        this.notices = notices;
    }

    public void disabled(String ownerId, UUID endpointId, String url, String reason) {
        notices.notify(
                ownerId,
                NoticeKind.WEBHOOK_DISABLED,
                "Webhook endpoint disabled: " + url,
                "Nothing more is delivered to " + url + " (endpoint " + endpointId + "): " + reason
                        + ". Its pending deliveries wait; enable it again with POST /api/v1/webhooks/endpoints/"
                        + endpointId + "/enable once it answers.");
        LOG.infof("Notice to %s: webhook endpoint %s disabled", ownerId, endpointId);
    }
}
