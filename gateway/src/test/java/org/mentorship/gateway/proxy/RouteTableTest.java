package org.mentorship.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.config.GatewayConfig;

class RouteTableTest {

    record Service(URI url, List<String> paths) implements GatewayConfig.Service {
        @Override
        public Optional<Duration> timeout() {
            return Optional.empty();
        }

        @Override
        public OptionalInt maxInFlight() {
            return OptionalInt.empty();
        }
    }

    private final RouteTable table = RouteTable.of(Map.of(
            "application",
                    new Service(URI.create("http://localhost:8081"), List.of("/api/v1/terms", "/api/v1/applications/")),
            "certificate", new Service(URI.create("https://certs.internal"), List.of("/api/v1/certificates")),
            "public", new Service(URI.create("http://verify:9000"), List.of("/api/v1/certificates/verify"))));

    @Test
    void matchesWholeSegmentsOnly() {
        assertEquals("application", owner("/api/v1/terms"));
        assertEquals("application", owner("/api/v1/terms/"));
        assertEquals("application", owner("/api/v1/terms/7/projects"));
        assertEquals("none", owner("/api/v1/termsX"));
        assertEquals("none", owner("/api/v1/term"));
        assertEquals("none", owner("/api/v1"));
    }

    @Test
    void aTrailingSlashInConfigDoesNotMatter() {
        assertEquals("application", owner("/api/v1/applications"));
        assertEquals("application", owner("/api/v1/applications/3"));
    }

    @Test
    void theLongestPrefixWins() {
        assertEquals("public", owner("/api/v1/certificates/verify/ABC"));
        assertEquals("certificate", owner("/api/v1/certificates/verifyX"));
        assertEquals("certificate", owner("/api/v1/certificates/1"));
    }

    @Test
    void urlsBecomeHostPortAndScheme() {
        Upstream certificate = table.match("/api/v1/certificates").orElseThrow();
        assertEquals(new Upstream("certificate", "certs.internal", 443, true), certificate);
        assertEquals(
                List.of("application", "certificate", "public"),
                table.upstreams().stream().map(Upstream::name).toList());
    }

    @Test
    void aPrefixWithTwoOwnersIsRefused() {
        Map<String, Service> services = new LinkedHashMap<>();
        services.put("a", new Service(URI.create("http://a:1"), List.of("/api/v1/x")));
        services.put("b", new Service(URI.create("http://b:1"), List.of("/api/v1/x/")));
        assertThrows(IllegalStateException.class, () -> RouteTable.of(services));
    }

    @Test
    void badConfigIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> RouteTable.of(Map.of("a", new Service(URI.create("http://a:1"), List.of("api/v1/x")))));
        assertThrows(
                IllegalArgumentException.class,
                () -> RouteTable.of(Map.of("a", new Service(URI.create("http://a:1/base"), List.of("/api/v1/x")))));
        assertThrows(
                IllegalArgumentException.class,
                () -> RouteTable.of(Map.of("a", new Service(URI.create("ftp://a:1"), List.of("/api/v1/x")))));
        assertTrue(RouteTable.of(Map.of()).match("/api/v1/x").isEmpty());
    }

    private String owner(String path) {
        return table.match(path).map(Upstream::name).orElse("none");
    }
}
