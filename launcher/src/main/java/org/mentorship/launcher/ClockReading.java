package org.mentorship.launcher;

import java.time.Duration;
import java.time.Instant;

/**
 * One service's program clock as it answered {@code GET /api/v1/clock}: what it reads, and how far it has been
 * moved ahead of real time (the services start at zero, so a service restarted since an advance lags the others).
 */
public record ClockReading(String service, Instant now, Duration offset) {}
