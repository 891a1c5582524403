package org.mentorship.platform.person;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a notice reaches a person besides their feed: by e-mail, by a phone call (a call task) or only in the feed. */
public enum Channel {
    EMAIL,
    PHONE,
    FEED;

    /** The name in the API and in events: email, phone, feed. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> of(String wire) {
        return Arrays.stream(values()).filter(c -> c.wire().equals(wire)).findFirst();
    }
}
