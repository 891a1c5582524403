package org.mentorship.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Topics, schema versions and aggregate ids (Kafka keys) of the catalog follow DESIGN.md. */
class CatalogTest {

    @Test
    void listsEveryEventOfTheDesign() {
        assertEquals(24, EventCatalog.values().length);
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void topicIsThatOfThePublishingService(EventCatalog entry) {
        String type = entry.type();
        String expected;
        if (type.startsWith("Application")
                || type.equals("MenteeOnboarded")
                || type.equals("TaxFormConfirmed")
                || type.startsWith("Person")
                || type.equals("MentorAssigned")
                || type.equals("MentorRemoved")) {
            expected = Topics.APPLICATIONS;
        } else if (type.startsWith("Mentorship") || type.startsWith("Evaluation")) {
            expected = Topics.EVALUATIONS;
        } else if (type.startsWith("Stipend")) {
            expected = Topics.STIPENDS;
        } else if (type.startsWith("Certificate") || type.startsWith("Completion")) {
            expected = Topics.CERTIFICATES;
        } else {
            throw new AssertionError("No publishing service known for " + type);
        }
        assertEquals(expected, entry.topic(), type);
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void versionOneWithItsSchemaUri(EventCatalog entry) {
        assertEquals(1, entry.schemaVersion());
        assertEquals("urn:mentorship:events:" + entry.type() + ":1", entry.schemaId());
        assertEquals(DataSchemaUrls.publicUrl() + "/schemas/events/" + entry.type() + "/1", entry.dataSchema());
        assertEquals("schemas/" + entry.type() + ".v1.json", entry.schemaResource());
        assertEquals("fixtures/" + entry.type() + ".json", entry.fixtureResource());
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void lookedUpByTypeAndByEvent(EventCatalog entry) {
        assertEquals(Optional.of(entry), EventCatalog.ofType(entry.type()));
        DomainEvent event = EventJson.read(entry.type(), EventSchemas.fixture(entry.type()));
        assertSame(entry, EventCatalog.of(event));
    }

    /** The mentorship id for everything from onboarding on, so one mentorship's events share a partition. */
    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void aggregateIdIsTheMentorshipOrElseTheApplication(EventCatalog entry) throws Exception {
        DomainEvent event = EventJson.read(entry.type(), EventSchemas.fixture(entry.type()));
        if (entry.type().startsWith("Person")) {
            // A person's settings and erasure are theirs, whatever mentorships they have: keyed by the user id.
            assertEquals(String.class, component(entry, "personId").getType());
            assertEquals(component(entry, "personId").getAccessor().invoke(event), event.aggregateId());
            return;
        }
        // TaxFormConfirmed is checked off during onboarding, before the mentorship exists; a project's mentors
        // change with the project, whatever mentorships it has.
        String idField = entry.type().startsWith("Application") || entry.type().equals("TaxFormConfirmed")
                ? "applicationId"
                : entry.type().startsWith("MentorAssigned") || entry.type().startsWith("MentorRemoved")
                        ? "projectId"
                        : "mentorshipId";
        RecordComponent component = component(entry, idField);
        assertTrue(component != null, entry.type() + " has no " + idField);
        assertEquals(UUID.class, component.getType());
        assertEquals(component.getAccessor().invoke(event).toString(), event.aggregateId());
    }

    @Test
    void unknownTypesAreNotInTheCatalog() {
        assertEquals(Optional.empty(), EventCatalog.ofType("EvaluationExtended"));
        assertEquals(Optional.empty(), EventCatalog.ofType("evaluationpassed"));
        assertEquals(Optional.empty(), EventCatalog.ofType(""));
        assertEquals(Optional.empty(), EventCatalog.ofType(null));
    }

    @Test
    void anEventOutsideTheCatalogIsRefused() {
        DomainEvent stranger = () -> "42";
        assertThrows(IllegalArgumentException.class, () -> EventCatalog.of(stranger));
    }

    private static RecordComponent component(EventCatalog entry, String name) {
        for (RecordComponent c : entry.javaType().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
