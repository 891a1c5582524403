package org.mentorship.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.jboss.logging.Logger;
import org.mentorship.gateway.config.GatewayConfig;
import org.mentorship.gateway.proxy.Upstream;

/** Reads one service's generated OpenAPI document. Never fails: an unusable answer counts as unavailable. */
@ApplicationScoped
public class OpenApiFetcher {

    private static final Logger LOG = Logger.getLogger(OpenApiFetcher.class);
    private static final String DOCUMENT_URI = "/q/openapi?format=json";

    private final HttpClient client;
    private final ObjectMapper mapper;
    private final long timeoutMillis;

    OpenApiFetcher(HttpClient client, ObjectMapper mapper, GatewayConfig config) {
        this.client = client;
        this.mapper = mapper;
        this.timeoutMillis = config.openapi().fetchTimeout().toMillis();
    }

    public Future<ServiceDocument> fetch(Upstream upstream) {
        return client.request(upstream.requestOptions()
                        .setMethod(HttpMethod.GET)
                        .setURI(DOCUMENT_URI)
                        .setConnectTimeout(timeoutMillis)
                        .setIdleTimeout(timeoutMillis))
                .compose(request -> request.send())
                .compose(this::body)
                .map(body -> parse(upstream, body))
                .otherwise(failure -> {
                    LOG.warnf("OpenAPI document of %s unavailable: %s", upstream.name(), failure.toString());
                    return ServiceDocument.unavailable(upstream.name());
                });
    }

    private Future<Buffer> body(HttpClientResponse response) {
        if (response.statusCode() != 200) {
            return response.body().transform(ignored -> Future.failedFuture("HTTP " + response.statusCode()));
        }
        return response.body();
    }

    private ServiceDocument parse(Upstream upstream, Buffer body) {
        try {
            JsonNode json = mapper.readTree(body.getBytes());
            if (json instanceof ObjectNode document) {
                return ServiceDocument.of(upstream.name(), document);
            }
        } catch (IOException e) {
            LOG.warnf("OpenAPI document of %s is not JSON: %s", upstream.name(), e.getMessage());
        }
        return ServiceDocument.unavailable(upstream.name());
    }
}
