package org.mentorship.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** What one service contributed to the merged document: its OpenAPI document, or nothing if unreachable. */
public record ServiceDocument(String service, Optional<ObjectNode> document) {

    public static ServiceDocument of(String service, ObjectNode document) {
        return new ServiceDocument(service, Optional.of(document));
    }

    public static ServiceDocument unavailable(String service) {
        return new ServiceDocument(service, Optional.empty());
    }
}
