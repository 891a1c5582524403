package org.mentorship.platform.idempotency;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An answer as kept for replay: status, the headers the operation set (Content-Type among them), body bytes. */
public record StoredAnswer(int status, Map<String, List<String>> headers, byte[] body) {

    public StoredAnswer {
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredAnswer a
                && status == a.status
                && headers.equals(a.headers)
                && Arrays.equals(body, a.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return status + " " + headers + " "
                + (body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }
}
