package org.mentorship.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Shapes the request a service receives: the URI the route was chosen on, and {@code X-Forwarded-*} headers so
 * a service can build links that point at the gateway rather than at itself.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    private final String uri;
    private final String client;

    /**
     * @param uri the normalised path (plus query) that the route table matched
     * @param client the client's address ({@link org.mentorship.gateway.limit.ClientAddress})
     */
    ForwardingInterceptor(String uri, String client) {
        this.uri = uri;
        this.client = client;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        // The service must see the very path that decided the route, not a raw one with "..", "%2e" and the like.
        request.setURI(uri);
        String host = incoming.getHeader(HttpHeaders.HOST);
        if (host != null) {
            request.putHeader("X-Forwarded-Host", host);
        }
        request.putHeader("X-Forwarded-Proto", incoming.scheme());
        // Exactly one address: the client as the gateway sees it (the peer, or the right-most address a proxy ops trust
        // reported). Whatever X-Forwarded-For the client sent itself is dropped, so nobody can pose as another
        // address to the services (a contract signature records it).
        request.headers().remove("Forwarded").remove("X-Forwarded-Port").remove("X-Forwarded-Prefix");
        request.putHeader("X-Forwarded-For", client);
        return context.sendRequest();
    }
}
