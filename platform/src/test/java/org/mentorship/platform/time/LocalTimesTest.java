package org.mentorship.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalTimesTest {

    private static final Instant DUE = Instant.parse("2026-07-14T21:59:59Z");

    @Test
    void theApiGivesTheSameInstantWithThePersonsOffset() {
        assertEquals("2026-07-14T23:59:59+02:00", LocalTimes.local(DUE, ZoneId.of("Europe/Berlin")));
        assertEquals("2026-07-14T17:59:59-04:00", LocalTimes.local(DUE, ZoneId.of("America/New_York")));
        assertNull(LocalTimes.local(null, ZoneOffset.UTC));
    }

    @Test
    void aMailStatesTheLocalTimeAndUtc() {
        assertEquals(
                "Tue 14 Jul 2026, 23:59 Europe/Berlin (21:59 UTC)",
                LocalTimes.forMail(DUE, ZoneId.of("Europe/Berlin")));
        assertEquals("Tue 14 Jul 2026, 21:59 UTC", LocalTimes.forMail(DUE, ZoneOffset.UTC));
    }

    @Test
    void aMailNamesTheUtcDayWhenItIsAnotherDay() {
        assertEquals(
                "Wed 15 Jul 2026, 06:59 Asia/Tokyo (Tue 14 Jul 2026, 21:59 UTC)",
                LocalTimes.forMail(DUE, ZoneId.of("Asia/Tokyo")));
    }
}
