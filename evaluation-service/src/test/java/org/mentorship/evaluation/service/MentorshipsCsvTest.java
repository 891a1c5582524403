package org.mentorship.evaluation.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.support.Program;
import org.mentorship.platform.csv.CsvCell;
import org.mentorship.testsupport.Tokens;

/**
 * The coordinator's mentorships list as CSV: the same mentorships in the same order as the JSON pages, written in
 * chunks, every text cell defused; for coordinators only.
 */
@QuarkusTest
class MentorshipsCsvTest {

    private static final String EXPORT = "/api/v1/mentorships/export.csv";

    private final String mentor = Program.user("mia");

    @Test
    void theCsvHoldsTheListsMentorshipsInItsOrderWithOutcomesAndDefusedText() {
        UUID passed = Program.started(Program.user("ana"), List.of(mentor), 25);
        Program.submit(mentor, passed, 1, "PASS").then().statusCode(201);
        UUID ended = Program.started(Program.user("ben"), List.of(mentor), 25);
        Program.asCoordinator("POST", "/api/v1/mentorships/" + ended + "/end", "{\"reason\":\"=HYPERLINK(evil) left\"}")
                .then()
                .statusCode(200);

        var response = Program.asCoordinator("GET", EXPORT, null);
        response.then().statusCode(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("mentorships.csv");
        List<String> lines = Arrays.asList(response.asString().split("\n"));
        assertThat(lines.get(0) + "\n").isEqualTo(MentorshipsCsv.HEADER);

        List<String> csvIds = lines.subList(1, lines.size()).stream()
                .map(line -> line.substring(0, line.indexOf(',')))
                .toList();
        assertThat(csvIds).isEqualTo(listIds());

        List<String> passedRow = cells(lines, passed);
        int outcome1 = header().indexOf("evaluation1Outcome");
        assertThat(passedRow.get(outcome1)).isEqualTo("PASS");
        assertThat(passedRow.get(outcome1 + 1)).isNotEmpty();
        assertThat(passedRow.get(outcome1 + 2))
                .as("evaluation 2 is not submitted")
                .isEmpty();
        assertThat(passedRow.get(header().indexOf("mentorIds"))).isEqualTo(mentor);

        List<String> endedRow = cells(lines, ended);
        assertThat(endedRow.get(header().indexOf("status"))).isEqualTo("TERMINATED");
        assertThat(endedRow.get(header().indexOf("endReason"))).isEqualTo("'=HYPERLINK(evil) left");
    }

    @Test
    void writtenInSmallChunksItIsTheSameFile() throws Exception {
        Program.started(Program.user("ana"), List.of(mentor), 25);
        Program.started(Program.user("ben"), List.of(mentor), 25);
        MentorshipsCsv csv = Arc.container().instance(MentorshipsCsv.class).get();
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        csv.write(whole);
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        csv.write(chunked, 2);
        assertThat(chunked.toString(StandardCharsets.UTF_8)).isEqualTo(whole.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyCoordinatorsExport() {
        Program.started(Program.user("ana"), List.of(mentor), 25);
        given().auth().oauth2(Tokens.mentor(mentor)).get(EXPORT).then().statusCode(403);
        given().auth().oauth2(Tokens.mentee("ana")).get(EXPORT).then().statusCode(403);
        given().get(EXPORT).then().statusCode(401);
    }

    @Test
    void aFormulaOrALineBreakInATextCellIsDefused() {
        assertThat(CsvCell.text("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvCell.text("  @SUM(A1)")).isEqualTo("'  @SUM(A1)");
        assertThat(CsvCell.text("x\n=cmd")).isEqualTo("x =cmd");
        assertThat(CsvCell.text("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(CsvCell.text(null)).isEmpty();
    }

    /** Every id of the coordinator's JSON list, page by page. */
    private static List<String> listIds() {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = Program.asCoordinator("GET", "/api/v1/mentorships?size=100&page=" + page, null)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.id", String.class);
            ids.addAll(items);
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    private static List<String> header() {
        return Arrays.asList(MentorshipsCsv.HEADER.trim().split(","));
    }

    /** The row of one mentorship, split into cells (the test's own rows quote nothing). */
    private static List<String> cells(List<String> lines, UUID id) {
        String row = lines.stream()
                .filter(line -> line.startsWith(id + ","))
                .findFirst()
                .orElseThrow();
        return Arrays.asList(row.split(",", -1));
    }
}
