package org.mentorship.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentorship.contracts.events.EvaluationDue;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.contracts.events.MentorshipStarted;
import org.mentorship.contracts.events.StipendCancelled;
import org.mentorship.contracts.events.StipendPaid;

/** Reading event data: unknown types and garbage are poison, additive changes are not. */
class EventJsonTest {

    @Test
    void unknownTypeIsMalformed() {
        String fixture = EventSchemas.fixture("EvaluationPassed");
        MalformedEventException e =
                assertThrows(MalformedEventException.class, () -> EventJson.read("EvaluationGraded", fixture));
        assertTrue(e.getMessage().contains("EvaluationGraded"), e.getMessage());
        assertThrows(MalformedEventException.class, () -> EventJson.read((String) null, fixture));
    }

    @Test
    void garbageIsMalformed() {
        for (String garbage : new String[] {"garbage", "{", "[1,2]", "42", "", null}) {
            assertThrows(
                    MalformedEventException.class,
                    () -> EventJson.read("EvaluationPassed", garbage),
                    String.valueOf(garbage));
            assertThrows(
                    MalformedEventException.class,
                    () -> EventJson.read(EvaluationPassed.class, garbage),
                    String.valueOf(garbage));
        }
    }

    @Test
    void dataOutsideTheSchemaIsMalformedEvenWhenJacksonCouldBindIt() {
        // Jackson alone would bind all of these
        String currency = SchemaViolationsTest.edit(EventCatalog.STIPEND_PAID, data -> data.put("currency", "usd"));
        assertThrows(MalformedEventException.class, () -> EventJson.read("StipendPaid", currency));
        assertThrows(MalformedEventException.class, () -> EventJson.read(StipendPaid.class, currency));
        String freeMoney = SchemaViolationsTest.edit(EventCatalog.STIPEND_PAID, data -> data.put("amountMinor", 0));
        assertThrows(MalformedEventException.class, () -> EventJson.read(StipendPaid.class, freeMoney));
        String tooLong =
                SchemaViolationsTest.edit(EventCatalog.MENTORSHIP_EXTENDED, data -> data.put("totalExtensionWeeks", 8));
        assertThrows(MalformedEventException.class, () -> EventJson.read("MentorshipExtended", tooLong));
        String noMentors = SchemaViolationsTest.edit(EventCatalog.MENTEE_ONBOARDED, data -> data.putArray("mentorIds"));
        assertThrows(MalformedEventException.class, () -> EventJson.read("MenteeOnboarded", noMentors));
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void unknownExtraFieldsAreIgnored(EventCatalog entry) {
        String fixture = EventSchemas.fixture(entry.type());
        String extended = SchemaViolationsTest.edit(entry, data -> {
            data.put("addedInALaterRelease", "something new");
            data.putObject("nestedAddition").put("score", 4);
        });
        EventSchemas.validate(entry.type(), extended);
        assertEquals(EventJson.read(entry.type(), fixture), EventJson.read(entry.type(), extended));
    }

    @Test
    void unknownFieldsInsideNestedRecordsAreIgnored() {
        String json = SchemaViolationsTest.edit(
                EventCatalog.MENTORSHIP_STARTED,
                data -> data.withArray("evaluations")
                        .forEach(due -> ((com.fasterxml.jackson.databind.node.ObjectNode) due).put("focusAreas", 3)));
        MentorshipStarted started = EventJson.read(MentorshipStarted.class, json);
        assertEquals(3, started.evaluations().size());
        assertEquals(
                new EvaluationDue(1, Instant.parse("2026-03-27T23:59:59Z")),
                started.evaluations().get(0));
    }

    @Test
    void writesIsoInstantsDatesAndMinorUnits() {
        StipendPaid paid = new StipendPaid(
                UUID.fromString("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"),
                UUID.fromString("5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e"),
                2,
                450_000L,
                "EUR",
                "PAYOUT-1",
                Instant.parse("2026-06-19T08:30:00.123Z"));
        String json = EventJson.write(paid);
        assertTrue(json.contains("\"paidAt\":\"2026-06-19T08:30:00.123Z\""), json);
        assertTrue(json.contains("\"amountMinor\":450000"), json);
        EventSchemas.validate(paid);
        assertEquals(paid, EventJson.read(StipendPaid.class, json));

        MentorshipStarted started = new MentorshipStarted(
                UUID.randomUUID(),
                "mentee-1",
                UUID.randomUUID(),
                List.of("mentor-1"),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 5, 29),
                List.of(new EvaluationDue(1, Instant.parse("2026-03-27T23:59:59Z"))));
        String startedJson = EventJson.write(started);
        assertTrue(startedJson.contains("\"startsOn\":\"2026-03-02\""), startedJson);
        EventSchemas.validate(started);
    }

    @Test
    void aCancelledInstallmentWithoutPaymentReadsAsNull() {
        String json = SchemaViolationsTest.edit(EventCatalog.STIPEND_CANCELLED, data -> data.remove("paymentId"));
        StipendCancelled cancelled = EventJson.read(StipendCancelled.class, json);
        assertNull(cancelled.paymentId());
        assertEquals(cancelled.mentorshipId().toString(), cancelled.aggregateId());
    }

    @Test
    void anOnboardingFromBeforeTheVerifiedCountryStillReadsAndWrites() {
        String absent = SchemaViolationsTest.edit(EventCatalog.MENTEE_ONBOARDED, data -> data.remove("menteeCountry"));
        MenteeOnboarded old = EventJson.read(MenteeOnboarded.class, absent);
        assertNull(old.menteeCountry());
        EventSchemas.validate(old);
        String lowerCase =
                SchemaViolationsTest.edit(EventCatalog.MENTEE_ONBOARDED, data -> data.put("menteeCountry", "ng"));
        assertThrows(MalformedEventException.class, () -> EventJson.read("MenteeOnboarded", lowerCase));
    }

    @Test
    void recordsRefuseMissingRequiredValues() {
        assertThrows(
                NullPointerException.class,
                () -> new EvaluationPassed(UUID.randomUUID(), null, 1, 3, false, Instant.now()));
        assertThrows(
                NullPointerException.class,
                () -> new MentorshipStarted(
                        UUID.randomUUID(), "m", UUID.randomUUID(), null, LocalDate.now(), LocalDate.now(), List.of()));
    }

    @Test
    void listsInEventsCannotBeChangedAfterwards() {
        List<String> mentors = new java.util.ArrayList<>(List.of("mentor-1"));
        MentorshipStarted started = new MentorshipStarted(
                UUID.randomUUID(), "m", UUID.randomUUID(), mentors, LocalDate.now(), LocalDate.now(), List.of());
        mentors.add("mentor-2");
        assertEquals(List.of("mentor-1"), started.mentorIds());
        assertThrows(
                UnsupportedOperationException.class, () -> started.mentorIds().add("x"));
    }
}
