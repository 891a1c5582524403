package org.mentorship.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each schema describes exactly its record: same properties, JSON types and formats, all required but the nullable. */
class SchemaMatchesRecordTest {

    /** The only components that may be null or absent (and so are not required): later, additive fields among them. */
    private static final Set<String> NULLABLE = Set.of(
            "StipendCancelled.paymentId",
            "MenteeOnboarded.mentorContacts",
            "MenteeOnboarded.menteeCountry",
            "MentorshipCompleted.workProductUrl",
            "MentorshipCompleted.finalReport",
            "MentorshipTerminated.settlement",
            "MentorshipTerminated.earnedEvaluation",
            "MentorAssigned.mentorEmail",
            "MentorAssigned.replacesMentorId",
            "MentorRemoved.replacedBy",
            "MentorRemoved.note");

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void headerOfTheSchema(EventCatalog entry) {
        JsonNode schema = schema(entry);
        assertEquals(
                "https://json-schema.org/draft/2020-12/schema",
                schema.path("$schema").asText());
        assertEquals(entry.schemaId(), schema.path("$id").asText());
        assertEquals(entry.type(), schema.path("title").asText());
        assertEquals("object", schema.path("type").asText());
        assertTrue(
                schema.path("additionalProperties").asBoolean(false),
                "changes are additive: additionalProperties must be true");
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void propertiesAreTheRecordComponents(EventCatalog entry) {
        assertEquals(
                componentNames(entry.javaType()),
                names(schema(entry).path("properties").fieldNames()));
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void everyComponentButTheNullableIsRequired(EventCatalog entry) {
        Set<String> expected = new LinkedHashSet<>();
        for (RecordComponent c : entry.javaType().getRecordComponents()) {
            if (!NULLABLE.contains(entry.type() + "." + c.getName())) {
                expected.add(c.getName());
            }
        }
        Set<String> required = new LinkedHashSet<>();
        schema(entry).path("required").forEach(n -> required.add(n.asText()));
        assertEquals(expected, required);
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void typesAndFormatsFollowTheJavaTypes(EventCatalog entry) {
        JsonNode schema = schema(entry);
        checkObject(entry.type(), entry.javaType(), schema.path("properties"), schema);
    }

    private static void checkObject(String where, Class<?> record, JsonNode properties, JsonNode root) {
        for (RecordComponent c : record.getRecordComponents()) {
            JsonNode property = resolve(properties.path(c.getName()), root);
            checkProperty(where + "." + c.getName(), c.getGenericType(), property, root);
        }
    }

    private static void checkProperty(String where, Type type, JsonNode property, JsonNode root) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            assertEquals("array", property.path("type").asText(), where);
            Type item = list.getActualTypeArguments()[0];
            checkProperty(where + "[]", item, resolve(property.path("items"), root), root);
            return;
        }
        if (type instanceof ParameterizedType map && map.getRawType() == java.util.Map.class) {
            assertEquals("object", property.path("type").asText(), where);
            assertEquals(String.class, map.getActualTypeArguments()[0], where + " keys");
            checkProperty(where + "{}", map.getActualTypeArguments()[1], property.path("additionalProperties"), root);
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isRecord()) {
            assertEquals("object", property.path("type").asText(), where);
            checkObject(where, raw, property.path("properties"), root);
            return;
        }
        String jsonType = property.path("type").isArray()
                ? property.path("type").get(0).asText()
                : property.path("type").asText();
        String format = property.path("format").asText("");
        if (raw == UUID.class) {
            assertEquals(List.of("string", "uuid"), List.of(jsonType, format), where);
        } else if (raw == Instant.class) {
            assertEquals(List.of("string", "date-time"), List.of(jsonType, format), where);
        } else if (raw == LocalDate.class) {
            assertEquals(List.of("string", "date"), List.of(jsonType, format), where);
        } else if (raw == String.class) {
            assertEquals("string", jsonType, where);
        } else if (raw == int.class || raw == long.class || raw == Integer.class) {
            assertEquals("integer", jsonType, where);
        } else if (raw == boolean.class) {
            assertEquals("boolean", jsonType, where);
        } else {
            throw new AssertionError(
                    where + ": no JSON form agreed for " + raw + " (money is long amountMinor + String currency)");
        }
        if (where.endsWith(".currency")) {
            assertEquals("^[A-Z]{3}$", property.path("pattern").asText(), where);
        }
    }

    private static JsonNode resolve(JsonNode node, JsonNode root) {
        String ref = node.path("$ref").asText("");
        return ref.isEmpty() ? node : root.at(ref.substring(1));
    }

    static JsonNode schema(EventCatalog entry) {
        return FixtureRoundTripTest.tree(EventSchemas.schemaText(entry.type()));
    }

    private static Set<String> componentNames(Class<?> record) {
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }

    private static Set<String> names(Iterator<String> it) {
        List<String> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return new LinkedHashSet<>(list);
    }
}
