package org.mentorship.gateway.proxy;

import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.util.Locale;

/** One service behind the gateway, reduced to what a connection needs. */
public record Upstream(String name, String host, int port, boolean ssl) {

    /** Only scheme, host and port are used: every service serves its API from its root. */
    public static Upstream of(String name, URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("Service " + name + ": URL must be http(s)://host[:port], got " + url);
        }
        if (url.getPath() != null && !url.getPath().isEmpty() && !url.getPath().equals("/")) {
            throw new IllegalArgumentException("Service " + name + ": URL must not have a path, got " + url);
        }
        boolean ssl = scheme.equals("https");
        int port = url.getPort() != -1 ? url.getPort() : (ssl ? 443 : 80);
        return new Upstream(name, url.getHost(), port, ssl);
    }

    /** Options addressing this service; callers add method, URI and timeouts. */
    public RequestOptions requestOptions() {
        return new RequestOptions().setHost(host).setPort(port).setSsl(ssl);
    }
}
