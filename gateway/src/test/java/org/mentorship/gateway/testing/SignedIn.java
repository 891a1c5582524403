package org.mentorship.gateway.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.mentorship.testsupport.Tokens;

/** Requests with a valid token (the test-only key), for tests about something other than authentication. */
public final class SignedIn {

    public static final String USER = "alice";
    public static final String TOKEN = Tokens.mentee(USER);

    private SignedIn() {}

    public static RequestSpecification given() {
        return RestAssured.given().auth().oauth2(TOKEN);
    }
}
