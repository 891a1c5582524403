package org.mentorship.gateway.security;

import java.util.List;
import java.util.Locale;

/**
 * The requests the gateway lets through without a token, e.g. {@code GET /api/v1/projects}: published projects,
 * open terms, certificate verification and the payment provider's callbacks (which the stipend service checks by
 * HMAC). A prefix owns itself and what lies below it, segment by segment, as in the route table.
 */
public final class PublicPaths {

    record Entry(String method, String prefix) {}

    private final List<Entry> entries;

    private PublicPaths(List<Entry> entries) {
        this.entries = entries;
    }

    /** @param specs entries of the form {@code METHOD /prefix}; a malformed one stops the start. */
    public static PublicPaths of(List<String> specs) {
        return new PublicPaths(specs.stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(PublicPaths::parse)
                .toList());
    }

    public boolean allows(String method, String path) {
        if (path == null) {
            return false;
        }
        // HEAD is GET without a body; anything public to read is public to HEAD too.
        String effective = "HEAD".equals(method) ? "GET" : method;
        return entries.stream().anyMatch(e -> e.method().equals(effective) && owns(e.prefix(), path));
    }

    private static boolean owns(String prefix, String path) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    private static Entry parse(String spec) {
        String[] parts = spec.split("\\s+");
        if (parts.length != 2 || !parts[1].startsWith("/")) {
            throw new IllegalArgumentException("Public path must be 'METHOD /prefix', got '" + spec + "'");
        }
        String prefix = parts[1];
        // "/api/v1/projects/**" and "/api/v1/projects/" read naturally in config and mean the same as the bare prefix.
        if (prefix.endsWith("/**")) {
            prefix = prefix.substring(0, prefix.length() - 3);
        }
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (prefix.isEmpty()) {
            // "/" or "/**" would make the whole API public: surely a mistake.
            throw new IllegalArgumentException("Public path must name at least one segment, got '" + spec + "'");
        }
        return new Entry(parts[0].toUpperCase(Locale.ROOT), prefix);
    }
}
