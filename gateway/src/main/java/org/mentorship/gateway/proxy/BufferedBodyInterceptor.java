package org.mentorship.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/** Sends a body the gateway already read (a chunked one, checked against the size limit) instead of the stream. */
final class BufferedBodyInterceptor implements ProxyInterceptor {

    private final Buffer body;

    BufferedBodyInterceptor(Buffer body) {
        this.body = body;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        context.request().setBody(Body.body(body));
        return context.sendRequest();
    }
}
