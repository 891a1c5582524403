package org.mentorship.gateway.testing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** Checks that an error answer is a proper problem document and leaks nothing about the gateway's insides. */
public final class Problems {

    private Problems() {}

    public static void assertProblem(ValidatableResponse response, int status, String slug) {
        response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://mentorship.example.org/problems/" + slug))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", notNullValue());
        assertNoStackTrace(response.extract().asString());
    }

    public static void assertNoStackTrace(String body) {
        assertThat(body, not(containsString("Exception")));
        assertThat(body, not(containsString("\tat ")));
        assertThat(body, not(containsString("at io.")));
        assertThat(body, not(containsString("at org.")));
        assertThat(body, not(containsString("at java.")));
    }
}
