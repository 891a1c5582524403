package org.mentorship.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The {@code X-Request-Id} rule of the gateway and every service: the caller's id when it is a sane token (the
 * gateway passes its own on), else a new UUID. It goes on the response and into the logging context
 * ({@code %X{requestId}} in the log format), so every log line of a request names it across the gateway and the
 * services. Each side hooks it into its own Vert.x router (platform {@code RequestIds}, the gateway's
 * {@code RequestIdFilter}).
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key; the console log format prints it with %X{requestId}. */
    public static final String MDC_KEY = "requestId";

    /** Ids end up in the logs of every service; anything longer or stranger than this is replaced, not trusted. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestId() {}

    /** The id a request is known by: the one offered, when sane, or a new one. */
    public static String accepted(String offered) {
        return offered != null && SANE.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
    }
}
