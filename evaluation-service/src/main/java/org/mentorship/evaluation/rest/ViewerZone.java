package org.mentorship.evaluation.rest;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.time.ZoneId;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.time.LocalTimes;

/** The caller's time zone (UTC when unknown): every deadline a view shows is also shown in it ({@code xAtLocal}). */
@RequestScoped
public class ViewerZone {

    private final ZoneId zone;

    ViewerZone(Caller caller, PersonSettings people) {
        this.zone = people.zoneOf(caller.userId());
    }

    public ZoneId zone() {
        return zone;
    }

    /** The instant in the viewer's zone, or null. */
    public String local(Instant at) {
        return at == null ? null : LocalTimes.local(at, zone);
    }

    public String id() {
        return zone.getId();
    }
}
