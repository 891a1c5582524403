package org.mentorship.evaluation.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The mentee's appeal and a coordinator's review of a FAIL under review, by evaluation id, as tests send them. */
public final class FailReviewAppeals {

    private FailReviewAppeals() {}

    public static Response appeal(String token, String evaluation, String statement) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"statement\":\"" + statement + "\"}")
                .post("/api/v1/evaluations/" + evaluation + "/appeal");
    }

    public static Response review(String token, String evaluation, String decision) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"decision\":\"" + decision + "\",\"reason\":\"Seen\"}")
                .post("/api/v1/evaluations/" + evaluation + "/review");
    }
}
