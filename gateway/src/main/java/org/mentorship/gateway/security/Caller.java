package org.mentorship.gateway.security;

import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import java.util.TreeSet;

/** Who sent a request, from their verified token; kept on the routing context for the handlers after auth. */
public record Caller(String subject, Set<String> roles) {

    private static final String KEY = "mentorship.caller";

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(new TreeSet<>(roles));
    }

    void attachTo(RoutingContext ctx) {
        ctx.put(KEY, this);
    }

    /** The caller of a request that passed authentication, or null for a public path. */
    public static Caller of(RoutingContext ctx) {
        return ctx.get(KEY);
    }
}
