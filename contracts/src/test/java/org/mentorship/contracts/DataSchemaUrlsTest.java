package org.mentorship.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.events.EvaluationPassed;

/** ce_dataschema is the URL where the gateway serves the schema, under the configured public URL. */
class DataSchemaUrlsTest {

    @AfterEach
    void forget() {
        System.clearProperty(DataSchemaUrls.PROPERTY);
    }

    @Test
    void underTheGivenPublicUrl() {
        assertEquals(
                "https://api.example.org/schemas/events/EvaluationPassed/1",
                DataSchemaUrls.of("https://api.example.org/", "EvaluationPassed", 1));
        assertEquals("/schemas/events/MenteeOnboarded/2", DataSchemaUrls.path("MenteeOnboarded", 2));
    }

    @Test
    void thePublishedHeaderFollowsTheConfiguredPublicUrl() {
        System.setProperty(DataSchemaUrls.PROPERTY, "https://api.mentorship.example.org/");
        EvaluationPassed event =
                (EvaluationPassed) EventJson.read("EvaluationPassed", EventSchemas.fixture("EvaluationPassed"));
        ProducerRecord<String, String> record = CloudEventRecords.of(event, "/mentorship/evaluation-service");
        assertEquals(
                "https://api.mentorship.example.org/schemas/events/EvaluationPassed/1",
                new String(
                        record.headers()
                                .lastHeader(CloudEventHeaders.DATA_SCHEMA)
                                .value(),
                        StandardCharsets.UTF_8));
    }

    @Test
    void theLocalRunsGatewayByDefault() {
        System.setProperty(DataSchemaUrls.PROPERTY, " ");
        assertEquals(
                System.getenv(DataSchemaUrls.ENVIRONMENT_VARIABLE) == null
                        ? DataSchemaUrls.DEFAULT_PUBLIC_URL
                        : System.getenv(DataSchemaUrls.ENVIRONMENT_VARIABLE).replaceAll("/+$", ""),
                DataSchemaUrls.publicUrl());
    }
}
