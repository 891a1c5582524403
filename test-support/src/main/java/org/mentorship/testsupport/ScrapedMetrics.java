package org.mentorship.testsupport;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of the service's {@code /q/metrics} (Prometheus text format), read as Prometheus would. */
public final class ScrapedMetrics {

    private static final Pattern SAMPLE =
            Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\S+)?$");
    private static final Pattern EXEMPLAR = Pattern.compile("\\s+#\\s+\\{.*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One series and its value. */
    public record Sample(String name, Map<String, String> labels, double value) {}

    private final List<Sample> samples;

    private ScrapedMetrics(List<Sample> samples) {
        this.samples = samples;
    }

    public static ScrapedMetrics scrape() {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<Sample> samples = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            // An exemplar (" # {trace_id=...} 1.0 1733...", with OpenTelemetry on the classpath) is not the sample's
            // value.
            Matcher sample = SAMPLE.matcher(EXEMPLAR.matcher(line.trim()).replaceFirst(""));
            if (!sample.matches()) {
                throw new IllegalStateException("Not a Prometheus sample line: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return new ScrapedMetrics(samples);
    }

    /** The series named {@code name} whose labels include {@code labels} (name, value pairs). */
    public List<Sample> series(String name, String... labels) {
        return samples.stream()
                .filter(s -> s.name().equals(name) && matches(s.labels(), labels))
                .toList();
    }

    public boolean has(String name, String... labels) {
        return !series(name, labels).isEmpty();
    }

    /** The sum over the matching series; 0 when there is none (a counter not incremented yet). */
    public double sum(String name, String... labels) {
        return series(name, labels).stream().mapToDouble(Sample::value).sum();
    }

    /** Every metric name in the scrape. */
    public List<String> names() {
        return samples.stream().map(Sample::name).distinct().toList();
    }

    private static boolean matches(Map<String, String> actual, String... wanted) {
        for (int i = 0; i + 1 < wanted.length; i += 2) {
            if (!wanted[i + 1].equals(actual.get(wanted[i]))) {
                return false;
            }
        }
        return true;
    }
}
