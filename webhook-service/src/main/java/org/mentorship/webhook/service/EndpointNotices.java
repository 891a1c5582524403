package org.mentorship.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Tells an endpoint's owner that it was disabled, in the transaction that disables it. */
@ApplicationScoped
public class EndpointNotices {

    private static final Logger LOG = Logger.getLogger(EndpointNotices.class);

    public void disabled(String ownerId, UUID endpointId, String url, String reason) {
        LOG.infof("Notice to %s: webhook endpoint %s (%s) disabled: %s", ownerId, endpointId, url, reason);
    }
}
