package org.mentorship.gateway.testing;

import io.restassured.RestAssured;
import java.util.Arrays;

/** Reads one series from the gateway's Prometheus endpoint ({@code /q/metrics}). */
public final class Metrics {

    private Metrics() {}

    /**
     * The value of the series with this name and these labels ({@code "upstream=\"stipend\""}), or -1 when the
     * endpoint does not list it.
     */
    public static double value(String name, String... labels) {
        String body = RestAssured.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return body.lines()
                // An exemplar (" # {span_id=...,trace_id=...} 1.0 1733...", OpenTelemetry being present) is not the
                // value.
                .map(line -> line.replaceFirst("\\s+#\\s+\\{.*$", ""))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(-1);
    }

    public static double count(String name, String... labels) {
        return Math.max(0, value(name, labels));
    }
}
