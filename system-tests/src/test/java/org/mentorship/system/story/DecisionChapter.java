package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Step 3 of the story: after the review minimum the coordinator decides logging's applications and olga, the second
 * organisation's admin, fuzzing's (one accepted, one waitlisted); nothing is told to applicants before the term's
 * announcement, then everything at once; an accepted applicant declines and the first on the waitlist gets her slot.
 */
final class DecisionChapter {

    private final StorySystem sys;
    private final Story story;
    private final AdmissionsSteps admissions;
    private final OrganisationSteps organisation;
    private final ExploitChecks exploits;

    DecisionChapter(
            StorySystem sys,
            Story story,
            AdmissionsSteps admissions,
            OrganisationSteps organisation,
            ExploitChecks exploits) {
        this.sys = sys;
        this.story = story;
        this.admissions = admissions;
        this.organisation = organisation;
        this.exploits = exploits;
    }

    void decideEarlyAnnounceLater() {
        sys.advance(Duration.ofDays(15));
        exploits.applicantCannotDecideHerOwnApplication("eve", "fuzzing");
        admissions.decide("ana", "logging", "ACCEPT", "Strong contributions", 200);
        assertThat(organisation.staffStatus("ana", "fuzzing")).isEqualTo("WITHDRAWN");
        admissions.decide("ben", "logging", "ACCEPT", null, 200);
        // olga runs fuzzing's selection: she accepts cleo and fay and waitlists gus; logging's are not hers to see.
        organisation.decide("cleo", "fuzzing", "ACCEPT", 200);
        organisation.decide("fay", "fuzzing", "ACCEPT", 200);
        organisation.decide("gus", "fuzzing", "WAITLIST", 200);
        organisation.otherOrganisationIsNotThere("ben", "logging");
        String type = admissions.decide("dan", "logging", "ACCEPT", null, 422).getString("type");
        assertThat(type).endsWith("/prerequisites-incomplete");
        admissions.decide("dan", "logging", "REJECT", "Prerequisites were not finished", 200);

        // Decided, but held until the announcement: applicants see their applications as before, no mail, no call.
        assertThat(organisation.staffStatus("dan", "logging")).isEqualTo("REJECTED");
        assertThat(admissions.status("ana", "logging")).isEqualTo("SUBMITTED");
        assertThat(admissions.status("dan", "logging")).isEqualTo("SUBMITTED");
        assertThat(admissions.callTasks("cleo", "fuzzing")).isEmpty();
        assertThat(admissions.mailSubjectsSoFar("ana")).isEmpty();
        Steps.log("Decisions held until %s", story.announceAt);

        sys.advance(Duration.between(sys.now(), story.announceAt).plusMinutes(1));
        assertThat(admissions.status("ana", "logging")).isEqualTo("ACCEPTED");
        assertThat(admissions.status("ana", "fuzzing")).isEqualTo("WITHDRAWN");
        assertThat(admissions.status("dan", "logging")).isEqualTo("REJECTED");
        Steps.eventually("acceptance and rejection mails, all at the announcement", () -> {
            assertThat(admissions.mailSubjects("ana")).anyMatch(s -> s.startsWith("You were accepted"));
            assertThat(admissions.mailSubjects("ben")).anyMatch(s -> s.startsWith("You were accepted"));
            assertThat(admissions.mailSubjects("fay")).anyMatch(s -> s.startsWith("You were accepted"));
            assertThat(admissions.mailSubjects("dan")).anyMatch(s -> s.startsWith("Your application to"));
        });
        // ana's withdrawn fuzzing application is named in her acceptance, not a second mail.
        assertThat(admissions.mailSubjects("ana")).hasSize(1);
        List<Map<String, Object>> calls = admissions.callTasks("cleo", "fuzzing");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0)).containsEntry("status", "OPEN").containsEntry("phone", "+49 30 1234567");
        assertThat((String) calls.get(0).get("script")).contains("accepted");
        admissions.callDone((String) calls.get(0).get("id"));

        // fay declines; gus, first on fuzzing's waitlist, is offered the freed slot in the same transaction.
        admissions.withdraw("fay", "fuzzing", "I took a job offer");
        assertThat(admissions.status("gus", "fuzzing")).isEqualTo("ACCEPTED");
        assertThat(admissions.decisionReason("gus", "fuzzing")).isEqualTo("offered the freed slot");
        Steps.eventually(
                "gus's acceptance mail",
                () -> assertThat(admissions.mailSubjects("gus")).anyMatch(s -> s.startsWith("You were accepted")));
        Steps.log(
                "Mail: ana %s, ben %s, dan %s, gus %s; cleo got a call task",
                admissions.mailSubjects("ana"),
                admissions.mailSubjects("ben"),
                admissions.mailSubjects("dan"),
                admissions.mailSubjects("gus"));
    }
}
