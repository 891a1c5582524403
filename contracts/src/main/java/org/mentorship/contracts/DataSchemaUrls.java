package org.mentorship.contracts;

import java.util.Optional;

/**
 * Where anyone resolves an event's schema: the gateway serves each version at
 * {@code <public URL>/schemas/events/<Type>/<version>}, and that URL is the CloudEvent's {@code dataschema}.
 * <p>
 * The public URL is the gateway's as its clients reach it: {@value #PROPERTY} (system property) or
 * {@value #ENVIRONMENT_VARIABLE}, by default {@value #DEFAULT_PUBLIC_URL} (the local run). Read here rather than
 * from each service's configuration so that every producer, the gateway and partner code using this module agree.
 */
public final class DataSchemaUrls {

    public static final String PROPERTY = "mentorship.public-url";
    public static final String ENVIRONMENT_VARIABLE = "MENTORSHIP_PUBLIC_URL";
    public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";
    /** The path under which the gateway serves the schemas; {@code /<Type>/<version>} follows. */
    public static final String PATH = "/schemas/events";

    /** The configured public URL of the gateway, without a trailing slash. */
    public static String publicUrl() {
        return given(System.getProperty(PROPERTY))
                .or(() -> given(System.getenv(ENVIRONMENT_VARIABLE)))
                .map(DataSchemaUrls::withoutTrailingSlash)
                .orElse(DEFAULT_PUBLIC_URL);
    }

    private static Optional<String> given(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(url -> !url.isEmpty());
    }

    /** The schema URL of one version of one event type under the configured public URL. */
    public static String of(String type, int version) {
        return of(publicUrl(), type, version);
    }

    /** e.g. {@code https://api.example.org/schemas/events/EvaluationPassed/1}. */
    public static String of(String publicUrl, String type, int version) {
        return withoutTrailingSlash(publicUrl) + path(type, version);
    }

    /** e.g. {@code /schemas/events/EvaluationPassed/1}. */
    public static String path(String type, int version) {
        return PATH + "/" + type + "/" + version;
    }

    private static String withoutTrailingSlash(String url) {
        String result = url;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    private DataSchemaUrls() {}
}
