package org.mentorship.contracts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Data outside the contract is refused, with the violation named. */
class SchemaViolationsTest {

    static Stream<Arguments> requiredFields() {
        List<Arguments> cases = new ArrayList<>();
        for (EventCatalog entry : EventCatalog.values()) {
            SchemaMatchesRecordTest.schema(entry)
                    .path("required")
                    .forEach(field -> cases.add(Arguments.of(entry, field.asText())));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void missingRequiredFieldFails(EventCatalog entry, String field) {
        String json = edit(entry, data -> data.remove(field));
        MalformedEventException e =
                assertThrows(MalformedEventException.class, () -> EventSchemas.validate(entry.type(), json));
        assertTrue(e.getMessage().contains(field), e.getMessage());
        assertThrows(MalformedEventException.class, () -> EventJson.read(entry.type(), json));
    }

    @ParameterizedTest(name = "{0} with null {1}")
    @MethodSource("requiredFields")
    void nullRequiredFieldFails(EventCatalog entry, String field) {
        String json = edit(entry, data -> data.putNull(field));
        assertThrows(MalformedEventException.class, () -> EventSchemas.validate(entry.type(), json));
        assertThrows(MalformedEventException.class, () -> EventJson.read(entry.type(), json));
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void wrongTypeFails(EventCatalog entry) {
        // every event has a string property first (an id): an object there is never valid
        String first = FixtureRoundTripTest.tree(EventSchemas.fixture(entry.type()))
                .fieldNames()
                .next();
        String json = edit(entry, data -> data.putObject(first).put("id", 1));
        MalformedEventException e =
                assertThrows(MalformedEventException.class, () -> EventSchemas.validate(entry.type(), json));
        assertTrue(e.getMessage().contains(first), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void notAnObjectFails(EventCatalog entry) {
        assertThrows(MalformedEventException.class, () -> EventSchemas.validate(entry.type(), "[]"));
        assertThrows(MalformedEventException.class, () -> EventSchemas.validate(entry.type(), "\"EvaluationPassed\""));
        assertThrows(MalformedEventException.class, () -> EventSchemas.validate(entry.type(), "{}"));
    }

    @Test
    void uuidFormatIsChecked() {
        assertInvalid(
                EventCatalog.EVALUATION_PASSED, data -> data.put("mentorshipId", "mentorship-42"), "mentorshipId");
    }

    @Test
    void dateTimeFormatIsChecked() {
        assertInvalid(EventCatalog.EVALUATION_PASSED, data -> data.put("passedAt", "23/04/2026 16:45"), "passedAt");
        assertInvalid(EventCatalog.EVALUATION_PASSED, data -> data.put("passedAt", "2026-04-23"), "passedAt");
    }

    @Test
    void dateFormatIsChecked() {
        assertInvalid(
                EventCatalog.STIPEND_PAYMENT_SCHEDULED, data -> data.put("expectedOn", "2026-13-40"), "expectedOn");
    }

    @Test
    void currencyMustBeAnIsoCode() {
        assertInvalid(EventCatalog.STIPEND_PAID, data -> data.put("currency", "usd"), "currency");
        assertInvalid(EventCatalog.STIPEND_PAID, data -> data.put("currency", "US$"), "currency");
    }

    @Test
    void moneyIsNeverAFloatingPointNumber() {
        assertInvalid(EventCatalog.STIPEND_PAID, data -> data.put("amountMinor", 3000.5), "amountMinor");
        assertInvalid(EventCatalog.STIPEND_PAID, data -> data.put("amountMinor", "300000"), "amountMinor");
        assertInvalid(EventCatalog.STIPEND_PAYMENT_SCHEDULED, data -> data.put("amountMinor", 0), "amountMinor");
    }

    @Test
    void extensionsAreAtMostFiveWeeks() {
        assertInvalid(
                EventCatalog.MENTORSHIP_EXTENDED, data -> data.put("totalExtensionWeeks", 6), "totalExtensionWeeks");
        assertInvalid(EventCatalog.MENTORSHIP_EXTENDED, data -> data.put("weeks", 0), "weeks");
    }

    @Test
    void nestedScheduleIsChecked() {
        assertInvalid(
                EventCatalog.MENTORSHIP_STARTED,
                data -> ((ObjectNode) data.withArray("evaluations").get(1)).put("dueAt", "soon"),
                "dueAt");
        assertInvalid(
                EventCatalog.MENTORSHIP_STARTED,
                data -> ((ObjectNode) data.withArray("evaluations").get(0)).remove("number"),
                "number");
        assertInvalid(EventCatalog.MENTORSHIP_STARTED, data -> data.putArray("evaluations"), "evaluations");
    }

    @Test
    void mentorsAreAListOfUserIds() {
        assertInvalid(EventCatalog.MENTEE_ONBOARDED, data -> data.putArray("mentorIds"), "mentorIds");
        assertInvalid(EventCatalog.MENTEE_ONBOARDED, data -> data.put("mentorIds", "mentor-lukas-brandt"), "mentorIds");
    }

    @Test
    void emailAndUrlFormatsAreChecked() {
        assertInvalid(EventCatalog.MENTEE_ONBOARDED, data -> data.put("menteeEmail", "ana at example"), "menteeEmail");
        assertInvalid(
                EventCatalog.CERTIFICATE_ISSUED, data -> data.put("verificationUrl", "not a url"), "verificationUrl");
    }

    @Test
    void theNullablePaymentIdMayBeNullOrAbsentButNotMalformed() {
        EventSchemas.validate(
                "StipendCancelled", edit(EventCatalog.STIPEND_CANCELLED, data -> data.putNull("paymentId")));
        EventSchemas.validate(
                "StipendCancelled", edit(EventCatalog.STIPEND_CANCELLED, data -> data.remove("paymentId")));
        assertInvalid(EventCatalog.STIPEND_CANCELLED, data -> data.put("paymentId", "P-1"), "paymentId");
    }

    @Test
    void everyViolationIsListed() {
        String json = edit(EventCatalog.EVALUATION_FAILED, data -> {
            data.remove("evaluationId");
            data.put("number", "two");
            data.put("failedAt", "yesterday");
        });
        List<String> violations = EventSchemas.violations("EvaluationFailed", json);
        assertTrue(violations.size() >= 3, violations.toString());
        String message = assertThrows(
                        MalformedEventException.class, () -> EventSchemas.validate("EvaluationFailed", json))
                .getMessage();
        for (String field : List.of("evaluationId", "number", "failedAt")) {
            assertTrue(message.contains(field), message);
        }
    }

    @Test
    void garbageIsNotValid() {
        for (String garbage : new String[] {"not json", "{\"evaluationId\":", "", "   ", null}) {
            assertThrows(
                    MalformedEventException.class,
                    () -> EventSchemas.validate("EvaluationPassed", garbage),
                    String.valueOf(garbage));
        }
    }

    @Test
    void unknownTypeIsRefused() {
        String fixture = EventSchemas.fixture("EvaluationPassed");
        assertThrows(MalformedEventException.class, () -> EventSchemas.validate("EvaluationScored", fixture));
        assertThrows(MalformedEventException.class, () -> EventSchemas.validate(null, fixture));
        assertThrows(IllegalArgumentException.class, () -> EventSchemas.fixture("EvaluationScored"));
    }

    private static void assertInvalid(EventCatalog entry, Consumer<ObjectNode> change, String field) {
        String json = edit(entry, change);
        List<String> violations = EventSchemas.violations(entry.type(), json);
        assertFalse(violations.isEmpty(), "accepted: " + json);
        assertTrue(violations.stream().anyMatch(v -> v.contains(field)), violations.toString());
    }

    static String edit(EventCatalog entry, Consumer<ObjectNode> change) {
        JsonNode data = FixtureRoundTripTest.tree(EventSchemas.fixture(entry.type()));
        change.accept((ObjectNode) data);
        return data.toString();
    }
}
