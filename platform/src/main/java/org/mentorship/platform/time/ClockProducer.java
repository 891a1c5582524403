package org.mentorship.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** One program clock per service; inject {@link Clock} wherever a rule depends on "now". */
@ApplicationScoped
public class ClockProducer {

    private final ProgramClock clock = ProgramClock.systemUtc();

    @Produces
    @Singleton // a final Clock cannot be proxied, and one instance is what we want anyway
    ProgramClock programClock() {
        return clock;
    }
}
