package org.mentorship.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The rules MergedDocumentBuildTest holds the published document to catch each way a typed client breaks. */
class ContractRulesTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aFullyDescribedOperationPasses() throws Exception {
        assertThat(ContractRules.findings(doc("""
                {"paths":{"/api/v1/terms":{"get":{"operationId":"listTerms","responses":{
                  "200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Term"}}}},
                  "404":{"content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}},
                 "components":{"schemas":{"Term":{"type":"object"},"Problem":{"type":"object"}}}}"""))).isEmpty();
    }

    @Test
    void findsAMissingOperationIdASchemalessAnswerAnErrorWithoutTheProblemSchemaAndADanglingRef() throws Exception {
        assertThat(ContractRules.findings(doc("""
                {"paths":{"/api/v1/terms":{"get":{"responses":{
                  "200":{"content":{"application/json":{"examples":{"a":{"value":{}}}}}},
                  "409":{"content":{"application/json":{"examples":{"a":{"value":{}}}}}},
                  "422":{"description":"nothing"}}},
                 "post":{"operationId":"listTerms","responses":{"201":{"content":{"application/json":
                   {"schema":{"$ref":"#/components/schemas/Gone"}}}}}}}}}""")))
                .containsExactlyInAnyOrder(
                        "GET /api/v1/terms: no camelCase operationId",
                        "GET /api/v1/terms 200 application/json: no schema",
                        "GET /api/v1/terms 409: not the Problem schema under application/problem+json",
                        "GET /api/v1/terms 422: no problem body documented",
                        "$ref #/components/schemas/Gone does not resolve");
    }

    @Test
    void findsAnOperationIdUsedTwice() throws Exception {
        assertThat(ContractRules.findings(doc("""
                {"paths":{"/api/v1/a":{"get":{"operationId":"list","responses":{}}},
                          "/api/v1/b":{"get":{"operationId":"list","responses":{}}}}}""")))
                .containsExactly("GET /api/v1/b: operationId list is also GET /api/v1/a's");
    }

    @Test
    void findsAnErrorAnswerThatNamesNoProblemType() throws Exception {
        assertThat(ContractRules.findings(doc("""
                {"paths":{"/api/v1/a":{"post":{"operationId":"add","responses":{"422":{"content":{"application/problem+json":{
                  "schema":{"$ref":"#/components/schemas/Problem"},
                  "examples":{"x":{"value":{"type":"https://mentorship.example.org/problems/unnamed-problem-type"}}}}}}}}}},
                 "components":{"schemas":{"Problem":{}}}}""")))
                .containsExactly(
                        "POST /api/v1/a 422: names no problem type (list them in the @APIResponse description)");
    }

    @Test
    void findsAProblemExampleOfATypeTheCatalogueDoesNotList() throws Exception {
        assertThat(ContractRules.findings(doc("""
                {"paths":{"/api/v1/a":{"post":{"operationId":"add","responses":{"409":{"content":{"application/problem+json":{
                  "schema":{"$ref":"#/components/schemas/Problem"},
                  "examples":{
                    "no-free-slot":{"value":{"type":"https://mentorship.example.org/problems/no-free-slot"}},
                    "slot-gone":{"value":{"type":"https://mentorship.example.org/problems/slot-gone"}}}}}}}}}},
                 "components":{"schemas":{"Problem":{}}},
                 "x-problem-types":{"no-free-slot":{"status":409,"title":"No free slot"}}}""")))
                .containsExactly("POST /api/v1/a 409: problem type slot-gone is not in x-problem-types");
    }

    private JsonNode doc(String json) throws Exception {
        return mapper.readTree(json);
    }
}
