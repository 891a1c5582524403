package org.mentorship.gateway.proxy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.mentorship.gateway.config.GatewayConfig;

/** The route table and the one HTTP client (with its connection pools) that every call to a service uses. */
public class UpstreamBeans {

    @Produces
    @Singleton
    RouteTable routeTable(GatewayConfig config) {
        return RouteTable.from(config);
    }

    @Produces
    @Singleton
    HttpClient upstreamClient(Vertx vertx, GatewayConfig config) {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.upstream().connectTimeout().toMillis())
                .setKeepAlive(true)
                // Services keep idle connections for 30 min; dropping ours first avoids reusing one they closed.
                .setKeepAliveTimeout(30);
        // The default of 5 connections per service would queue a busy gateway's requests behind each other.
        PoolOptions pool = new PoolOptions().setHttp1MaxSize(config.upstream().maxConnections());
        return vertx.createHttpClient(options, pool);
    }

    void close(@Disposes HttpClient client) {
        client.close();
    }
}
