package org.mentorship.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock every rule of the program reads. It is the system clock plus an offset that only tests and the
 * non-production time control move forward, so weeks of the program can pass in seconds.
 */
public final class ProgramClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public ProgramClock(Clock base) {
        this.base = base;
    }

    public static ProgramClock systemUtc() {
        return new ProgramClock(Clock.systemUTC());
    }

    /** Moves program time forward (never back: deadlines already passed stay passed). */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The program clock only moves forward");
        }
        offset.updateAndGet(current -> current.plus(by));
        return instant();
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Program time is UTC; convert at the edge");
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
