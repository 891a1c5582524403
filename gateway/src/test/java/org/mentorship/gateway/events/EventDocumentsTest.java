package org.mentorship.gateway.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.DataSchemaUrls;
import org.mentorship.contracts.EventCatalog;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.gateway.testing.FakeUpstreams;
import org.mentorship.gateway.testing.Problems;

/** The events' documents at the gateway: the AsyncAPI document, and every ce_dataschema URL answers its schema. */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class EventDocumentsTest {

    @Test
    void theAsyncApiDocumentIsPublic() {
        JsonPath doc = given().get("/asyncapi")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("asyncapi", equalTo("3.0.0"))
                .body("channels.evaluations.address", equalTo("mentorship.evaluations.v1"))
                .body("servers.kafka.host", equalTo("localhost:19092"))
                .extract()
                .jsonPath();
        for (EventCatalog entry : EventCatalog.values()) {
            // Exactly the value the services put into the header, so a consumer can follow it here.
            String header = "components.messages." + entry.type() + ".headers.properties."
                    + CloudEventHeaders.DATA_SCHEMA + ".const";
            org.junit.jupiter.api.Assertions.assertEquals(entry.dataSchema(), doc.getString(header));
        }
    }

    @Test
    void andAsYaml() {
        given().get("/asyncapi.yaml")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/yaml"))
                .body(containsString("asyncapi: \"3.0.0\""));
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void everyDataSchemaUrlAnswersItsSchema(EventCatalog entry) {
        String path = entry.dataSchema().substring(DataSchemaUrls.publicUrl().length());
        given().get(path)
                .then()
                .statusCode(200)
                .contentType(startsWith(EventSchemaResource.SCHEMA_JSON))
                .header("Cache-Control", containsString("max-age=86400"))
                .body(equalTo(EventSchemas.schemaText(entry.type())));
    }

    @Test
    void asPlainJsonToo() {
        given().accept("application/json")
                .get("/schemas/events/EvaluationPassed/1")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("$id", equalTo("urn:mentorship:events:EvaluationPassed:1"));
    }

    @Test
    void anUnknownTypeIsAProblem() {
        Problems.assertProblem(
                given().get("/schemas/events/EvaluationExtended/1").then(), 404, "not-found");
        given().get("/schemas/events/EvaluationExtended/1")
                .then()
                .body("detail", containsString("no event type 'EvaluationExtended'"));
    }

    @Test
    void anUnknownVersionIsAProblem() {
        Problems.assertProblem(given().get("/schemas/events/EvaluationPassed/2").then(), 404, "not-found");
        given().get("/schemas/events/EvaluationPassed/v1")
                .then()
                .statusCode(404)
                .body("detail", containsString("its current version is 1"));
    }

    @Test
    void noTokenNeeded() {
        // The documents are outside /api/v1, where the gateway asks for a token.
        given().header("Authorization", "Bearer not-a-token")
                .get("/asyncapi")
                .then()
                .statusCode(200);
    }
}
