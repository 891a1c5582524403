package org.mentorship.system.fault;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One injected fault and what the system needed to get over it: the figures the closing note quotes (how long the
 * fault lasted, restart to ready, back to the first event applied), in the order they were measured.
 */
public final class Recovery {

    private final String fault;
    private final Map<String, Duration> figures = new LinkedHashMap<>();

    public Recovery(String fault) {
        this.fault = fault;
    }

    public Recovery figure(String what, Duration took) {
        figures.put(what, took);
        return this;
    }

    public String fault() {
        return fault;
    }

    public Duration figure(String what) {
        Duration d = figures.get(what);
        if (d == null) {
            throw new IllegalArgumentException(fault + " has no figure '" + what + "': " + figures.keySet());
        }
        return d;
    }

    @Override
    public String toString() {
        return String.format(
                "%-40s %s",
                fault,
                figures.entrySet().stream()
                        .map(e -> e.getKey() + " " + seconds(e.getValue()))
                        .collect(Collectors.joining("; ")));
    }

    static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
