package org.mentorship.application.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.platform.security.Caller;

/** The time zone deadlines are shown in: the viewer's own (their settings), UTC for anyone without a token. */
@ApplicationScoped
public class ViewerZone {

    private final PersonSettings settings;
    private final Caller caller;

    ViewerZone(PersonSettings settings, Caller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    public ZoneId get() {
        return caller.roles().isEmpty() ? ZoneOffset.UTC : settings.zoneOf(caller.userId());
    }

    /** The zone's name in the API: "UTC" for UTC, else its IANA id. */
    public static String name(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}
