package org.mentorship.webhook.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.platform.web.PageOf;
import org.mentorship.webhook.rest.WebhookDtos.DeliveryDto;
import org.mentorship.webhook.rest.WebhookDtos.EndpointDto;

/** The page schemas of this service's lists: one shape (platform's {@link PageOf}), one name per item type. */
final class Pages {

    @Schema(name = "WebhookEndpointPage", description = "A page of webhook endpoints")
    static final class EndpointPage extends PageOf<EndpointDto> {}

    @Schema(name = "WebhookDeliveryPage", description = "A page of deliveries, newest first")
    static final class DeliveryPage extends PageOf<DeliveryDto> {}

    private Pages() {}
}
