package org.mentorship.testsupport.security;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calls every endpoint of a list the way an attacker or a confused client would and returns, one line each, the
 * calls that were not refused as they must be (an empty list: all were). Works directly against a service (its
 * own OpenAPI document) and through the gateway (the merged one).
 */
public final class EndpointChecks {

    private static final String PROBLEMS = "https://mentorship.example.org/problems/";

    private EndpointChecks() {}

    /** Each protected endpoint answers each bad token with 401 problem details; public ones are skipped. */
    public static List<String> badTokensRefused(
            String baseUri, List<Endpoint> endpoints, Map<String, String> badTokens) {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.secured()) {
                continue;
            }
            badTokens.forEach((name, token) -> {
                Response answer = call(baseUri, endpoint, token);
                if (answer.statusCode() != 401 || !isProblem(answer)) {
                    failures.add(endpoint + " with " + name + ": " + answer.statusCode() + " " + answer.contentType());
                }
            });
        }
        return failures;
    }

    /** Each endpoint whose roles exclude {@code role} answers a valid token of that role alone with 403 forbidden. */
    public static List<String> roleRefused(String baseUri, List<Endpoint> endpoints, String role, String token) {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.refuses(role)) {
                continue;
            }
            Response answer = call(baseUri, endpoint, token);
            if (answer.statusCode() != 403
                    || !(PROBLEMS + "forbidden").equals(answer.jsonPath().getString("type"))) {
                failures.add(endpoint + " as " + role + ": " + answer.statusCode() + " " + answer.asString());
            }
        }
        return failures;
    }

    /** How many endpoints {@link #roleRefused} checks for {@code role}. */
    public static long refusing(List<Endpoint> endpoints, String role) {
        return endpoints.stream().filter(e -> e.refuses(role)).count();
    }

    private static Response call(String baseUri, Endpoint endpoint, String token) {
        RequestSpecification request = given().redirects().follow(false);
        if (baseUri != null) {
            request.baseUri(baseUri);
        }
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        if (endpoint.bodyType() != null) {
            request.contentType(endpoint.bodyType()).body(endpoint.bodyType().contains("json") ? "{}" : "x");
        }
        return request.urlEncodingEnabled(false).request(endpoint.method(), endpoint.path());
    }

    private static boolean isProblem(Response answer) {
        String type = answer.contentType();
        return type != null && type.startsWith("application/problem+json");
    }
}
