package org.mentorship.contracts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every event's fixture matches its schema and survives fixture -> record -> JSON -> record unchanged. */
class FixtureRoundTripTest {

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void fixtureMatchesItsSchema(EventCatalog entry) {
        assertEquals(java.util.List.of(), EventSchemas.violations(entry.type(), EventSchemas.fixture(entry.type())));
        assertDoesNotThrow(() -> EventSchemas.validate(entry.type(), EventSchemas.fixture(entry.type())));
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void fixtureRoundTripsThroughTheRecord(EventCatalog entry) {
        String fixture = EventSchemas.fixture(entry.type());

        DomainEvent event = EventJson.read(entry.type(), fixture);
        assertInstanceOf(entry.javaType(), event);
        assertEquals(entry.type(), event.type());

        String written = EventJson.write(event);
        assertEquals(event, EventJson.read(entry.type(), written));
        assertEquals(event, EventJson.read(entry.javaType(), written));
        // the same fields, names and values as the fixture: nothing renamed, dropped or reformatted
        assertEquals(tree(fixture), tree(written));
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void recordJsonMatchesItsSchema(EventCatalog entry) {
        DomainEvent event = EventJson.read(entry.type(), EventSchemas.fixture(entry.type()));
        assertDoesNotThrow(() -> EventSchemas.validate(event));
        assertEquals(java.util.List.of(), EventSchemas.violations(entry.type(), EventJson.write(event)));
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void envelopeAttributesStayOutOfTheData(EventCatalog entry) {
        JsonNode written = tree(EventJson.write(EventJson.read(entry.type(), EventSchemas.fixture(entry.type()))));
        assertEquals(false, written.has("type"), "type travels as ce_type");
        assertEquals(false, written.has("aggregateId"), "the aggregate id travels as ce_subject and key");
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void fixturesDifferFromEachOther(EventCatalog entry) {
        for (EventCatalog other : EventCatalog.values()) {
            if (other != entry) {
                assertNotEquals(tree(EventSchemas.fixture(entry.type())), tree(EventSchemas.fixture(other.type())));
            }
        }
    }

    static JsonNode tree(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }
}
