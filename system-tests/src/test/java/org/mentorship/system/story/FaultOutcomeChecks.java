package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorship.launcher.Components;
import org.mentorship.system.fault.DeadLetters;
import org.mentorship.system.fault.Faults;

/**
 * What must hold once {@link FaultToleranceIT}'s faults are over: every consumer still consumes (events sent after the
 * last fault take effect in every service), and the outcome is exactly the program's, no more, no fewer: mentorships,
 * payments and certificates read through the gateway, nothing dead-lettered, no mail sent twice.
 */
final class FaultOutcomeChecks {

    /** The cast and their projects, in the order they apply. */
    static final Map<String, String> PROJECT_OF = new LinkedHashMap<>();

    static {
        PROJECT_OF.put("ana", "logging");
        PROJECT_OF.put("ben", "logging");
        PROJECT_OF.put("cleo", "fuzzing");
        PROJECT_OF.put("dan", "fuzzing");
        PROJECT_OF.put("eve", "docs");
        PROJECT_OF.put("fred", "docs");
    }

    static final List<String> MENTORS = List.of("mia", "max", "mo");

    private final StorySystem sys;
    private final Actors actors;
    private final Story story;
    private final Faults faults;
    private final AdmissionsSteps admissions;
    private final OnboardingSteps onboarding;
    private final StipendSteps stipends;
    private final CertificateSteps certificates;

    FaultOutcomeChecks(
            StorySystem sys,
            Actors actors,
            Story story,
            Faults faults,
            AdmissionsSteps admissions,
            OnboardingSteps onboarding,
            StipendSteps stipends) {
        this.sys = sys;
        this.actors = actors;
        this.story = story;
        this.faults = faults;
        this.admissions = admissions;
        this.onboarding = onboarding;
        this.stipends = stipends;
        this.certificates = new CertificateSteps(sys, actors, story);
    }

    static String legalName(String mentee) {
        return Character.toUpperCase(mentee.charAt(0)) + mentee.substring(1) + " Faultless";
    }

    /**
     * One more event on every channel after the last fault, each with its effect: fred's MenteeOnboarded
     * (evaluation, stipend and certificate services), eve's MentorshipTerminated (stipend, certificate and
     * application services) and ben's CertificateRevoked (application-service's certificate channel).
     */
    void everyConsumerConsumes() {
        onboarding.onboard("fred", "docs", legalName("fred"));
        sys.as(actors.coordinator())
                .body(Map.of("reason", "Left the program"))
                .post("/api/v1/mentorships/" + story.mentorship("eve") + "/end")
                .then()
                .statusCode(200);
        certificates.revoke("ben", "Plagiarised work found after completion");
        // Counted per service and type, so a failure names the consumer that stopped.
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put(Components.EVALUATION + " MenteeOnboarded", 6L);
        expected.put(Components.STIPEND + " MenteeOnboarded", 6L);
        expected.put(Components.CERTIFICATE + " MenteeOnboarded", 6L);
        expected.put(Components.STIPEND + " MentorshipTerminated", 2L);
        expected.put(Components.CERTIFICATE + " MentorshipTerminated", 2L);
        expected.put(Components.APPLICATION + " MentorshipTerminated", 2L);
        expected.put(Components.APPLICATION + " CertificateRevoked", 1L);
        Steps.eventually("every channel applied the events sent after the faults", () -> {
            Map<String, Long> applied = new LinkedHashMap<>();
            expected.keySet().forEach(k -> applied.put(k, faults.inboxes().applied(k.split(" ")[0], k.split(" ")[1])));
            assertThat(applied)
                    .as("events applied (inbox rows) by service and type")
                    .isEqualTo(expected);
        });
        onboarding.awaitMentorshipStarted("fred");
        Steps.eventually("eve's end in every service", () -> {
            assertThat(admissions.status("eve", "docs")).isEqualTo("ENDED");
            assertThat(stipends.agreementStatus("eve")).isEqualTo("ENDED");
            assertThat(certificates.completionStatus("eve")).isEqualTo("CLOSED");
        });
    }

    void noDeadLetters() throws Exception {
        List<DeadLetters.DeadLetter> letters = DeadLetters.all(sys.system.kafkaBootstrap());
        letters.forEach(l -> Steps.log("dead letter on %s: %s %s %s", l.topic(), l.type(), l.id(), l.headers()));
        assertThat(letters).as("valid events on a dead-letter topic").isEmpty();
    }

    /** Six mentorships and no other: the four who finished, eve ended by the coordinator, fred just started. */
    void mentorships() {
        JsonPath all = sys.as(actors.coordinator())
                .queryParam("size", 100)
                .get("/api/v1/mentorships")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(all.getLong("total")).isEqualTo(PROJECT_OF.size());
        Map<String, String> byId = byId(all.getList("items"), "id");
        Map<String, String> expected = new LinkedHashMap<>();
        for (String mentee : PROJECT_OF.keySet()) {
            expected.put(
                    story.mentorship(mentee).toString(),
                    switch (mentee) {
                        case "dan", "eve" -> "TERMINATED";
                        case "fred" -> "ACTIVE";
                        default -> "COMPLETED";
                    });
        }
        assertThat(byId).isEqualTo(expected);
    }

    /** One payment per earned installment: two each for ana, ben, cleo; dan's first cancelled by his fail; none else. */
    void payments() {
        for (String mentee : List.of("ana", "ben", "cleo")) {
            assertThat(stipends.payments(mentee))
                    .extracting(p -> p.installment() + " " + p.status())
                    .containsExactlyInAnyOrder("1 SCHEDULED", "2 SCHEDULED");
        }
        assertThat(stipends.payments("dan"))
                .extracting(p -> p.installment() + " " + p.status())
                .containsExactly("1 CANCELLED");
        assertThat(stipends.payments("eve")).isEmpty();
        assertThat(stipends.payments("fred")).isEmpty();
        assertThat(queueTotal("SCHEDULED"))
                .as("scheduled payments in the whole system")
                .isEqualTo(6);
        assertThat(queueTotal("CANCELLED"))
                .as("cancelled payments in the whole system")
                .isEqualTo(1);
    }

    /** Three letters, ana's and cleo's valid, ben's revoked; no other in the system. */
    void certificates() {
        JsonPath all = sys.as(actors.coordinator())
                .queryParam("size", 100)
                .get("/api/v1/certificates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(all.getLong("total")).isEqualTo(3);
        assertThat(byId(all.getList("items"), "mentorshipId"))
                .isEqualTo(Map.of(
                        story.mentorship("ana").toString(), "VALID",
                        story.mentorship("ben").toString(), "REVOKED",
                        story.mentorship("cleo").toString(), "VALID"));
    }

    /**
     * No mailbox holds the same subject twice; every mentee got exactly one acceptance and each graduate exactly one
     * letter (its mail is sent after issue: waited for).
     */
    void noMailTwice() {
        Steps.eventually("every graduate's letter mailed", () -> {
            for (String graduate : List.of("ana", "ben", "cleo")) {
                assertThat(admissions.mailSubjects(graduate)).contains("Your Letter of Completion");
            }
        });
        for (String mentee : PROJECT_OF.keySet()) {
            List<String> subjects = admissions.mailSubjects(mentee);
            Steps.log("%s's mail: %s", actors.id(mentee), subjects);
            assertThat(duplicates(subjects))
                    .as(actors.id(mentee) + "'s mail sent twice")
                    .isEmpty();
            assertThat(subjects.stream().filter(s -> s.startsWith("You were accepted")))
                    .hasSize(1);
        }
        for (String mentor : MENTORS) {
            List<String> subjects = mailOf(actors.email(mentor));
            Steps.log("mentor %s's mail: %s", actors.id(mentor), subjects);
            assertThat(duplicates(subjects))
                    .as(actors.id(mentor) + "'s mail sent twice")
                    .isEmpty();
        }
    }

    /** GreenMail's API answers 400 for an address that never received mail: none then. */
    private List<String> mailOf(String address) {
        var response =
                io.restassured.RestAssured.given().urlEncodingEnabled(false).get(sys.system.mailboxUrl(address));
        if (response.statusCode() == 400) {
            Steps.log("no mailbox for %s: %s", address, response.asString());
            return List.of();
        }
        return response.then().statusCode(200).extract().jsonPath().getList("subject", String.class);
    }

    private long queueTotal(String status) {
        return sys.as(actors.finance())
                .queryParam("status", status)
                .queryParam("size", 1)
                .get("/api/v1/payments/queue")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    private static Map<String, String> byId(List<Map<String, Object>> items, String idField) {
        return items.stream()
                .collect(Collectors.toMap(i -> String.valueOf(i.get(idField)), i -> String.valueOf(i.get("status"))));
    }

    private static Map<String, Long> duplicates(List<String> subjects) {
        return subjects.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
