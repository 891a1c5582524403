package org.mentorship.gateway.proxy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorship.gateway.config.GatewayConfig;

/**
 * Maps a request path to the service that owns it. A prefix owns itself and everything below it, segment by
 * segment: {@code /api/v1/terms} owns {@code /api/v1/terms/7} but not {@code /api/v1/termsX}. The longest
 * prefix wins, so a service may own a sub-tree of another's prefix.
 */
public final class RouteTable {

    private record Route(String prefix, Upstream upstream) {}

    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = routes.stream()
                .sorted(Comparator.comparingInt((Route r) -> r.prefix().length())
                        .reversed())
                .toList();
    }

    public static RouteTable from(GatewayConfig config) {
        return of(config.services());
    }

    public static RouteTable of(Map<String, ? extends GatewayConfig.Service> services) {
        List<Route> routes = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        services.forEach((name, service) -> {
            Upstream upstream = Upstream.of(name, service.url());
            for (String path : service.paths()) {
                String prefix = normalise(name, path);
                String previous = owners.putIfAbsent(prefix, name);
                // Two owners for one prefix is a deployment mistake; failing at start beats routing at random.
                if (previous != null) {
                    throw new IllegalStateException(
                            "Prefix " + prefix + " is claimed by both " + previous + " and " + name);
                }
                routes.add(new Route(prefix, upstream));
            }
        });
        return new RouteTable(routes);
    }

    public Optional<Upstream> match(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (Route route : routes) {
            if (owns(route.prefix(), path)) {
                return Optional.of(route.upstream());
            }
        }
        return Optional.empty();
    }

    /** Every service, once, for the OpenAPI merge and the health probe. */
    public List<Upstream> upstreams() {
        return routes.stream()
                .map(Route::upstream)
                .distinct()
                .sorted(Comparator.comparing(Upstream::name))
                .toList();
    }

    private static boolean owns(String prefix, String path) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    private static String normalise(String service, String path) {
        String prefix = path.trim();
        if (!prefix.startsWith("/") || prefix.length() < 2) {
            throw new IllegalArgumentException(
                    "Service " + service + ": path prefix must start with / and name a segment, got '" + path + "'");
        }
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return prefix;
    }
}
