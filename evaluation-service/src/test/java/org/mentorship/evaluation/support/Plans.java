package org.mentorship.evaluation.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.mentorship.testsupport.Tokens;

/** Plan moves as the mentee and the mentor make them. */
public final class Plans {

    private Plans() {}

    public static List<String> taskIds(UUID mentorship) {
        return Program.asCoordinator("GET", "/api/v1/mentorships/" + mentorship + "/plan", null)
                .jsonPath()
                .getList("tasks.id", String.class);
    }

    public static Response move(String token, UUID mentorship, String taskId, String status, String link) {
        String links = link == null ? "" : ",\"evidenceLinks\":[\"" + link + "\"]";
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"status\":\"" + status + "\"" + links + "}")
                .post("/api/v1/mentorships/" + mentorship + "/tasks/" + taskId + "/status");
    }

    /** The mentee takes the task through review; the mentor accepts it. */
    public static void finish(String mentee, String mentor, UUID mentorship, String taskId) {
        move(Tokens.mentee(mentee), mentorship, taskId, "IN_PROGRESS", null)
                .then()
                .statusCode(200);
        move(Tokens.mentee(mentee), mentorship, taskId, "IN_REVIEW", "https://github.com/org/repo/pull/1")
                .then()
                .statusCode(200);
        move(Tokens.mentor(mentor), mentorship, taskId, "DONE", null).then().statusCode(200);
    }
}
