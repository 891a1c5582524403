package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What the four topics must show once the story ran: each fact exactly as often as it happened. */
final class EventChecks {

    private EventChecks() {}

    static void assertStory(EventLog events, Story story, Actors actors) {
        for (String mentee : List.of("ana", "ben", "cleo")) {
            assertThat(events.of("MenteeOnboarded", story.mentorship(mentee))).hasSize(1);
        }
        assertThat(events.of("ApplicationWithdrawn", story.application("ana", "fuzzing")))
                .hasSize(1);
        assertThat(events.of("ApplicationRejected", story.application("dan", "fuzzing")))
                .hasSize(1);
        assertThat(events.of("ApplicationRejected", story.application("eve", "fuzzing")))
                .hasSize(1);
        assertThat(events.of("MentorshipExtended", story.mentorship("ben"))).hasSize(1);
        assertThat(events.of("EvaluationPassed", story.mentorship("ana"))).hasSize(3);
        assertThat(events.of("EvaluationFailed", story.mentorship("cleo"))).hasSize(1);
        assertThat(events.of("MentorshipCompleted", story.mentorship("ana"))).hasSize(1);
        assertThat(events.of("MentorshipCompleted", story.mentorship("ben"))).hasSize(1);
        assertThat(events.of("MentorshipTerminated", story.mentorship("cleo"))).hasSize(1);
        assertThat(events.of("StipendPaid", story.mentorship("ana"))).hasSize(2);
        assertThat(events.of("StipendPaid", story.mentorship("ben"))).hasSize(2);
        assertThat(events.of("StipendPaid", story.mentorship("cleo"))).hasSize(1);
        // cleo's second installment (after the final evaluation) was never scheduled: cancelled once, not paid.
        assertThat(events.of("StipendCancelled", story.mentorship("cleo"))).hasSize(1);
        assertThat(events.of("StipendPaymentScheduled", story.mentorship("ana")))
                .hasSize(2);
        assertThat(events.of("StipendPaymentScheduled", story.mentorship("ben")))
                .hasSize(2);
        assertThat(events.of("StipendPaymentScheduled", story.mentorship("cleo")))
                .hasSize(1);
        assertThat(events.of("EvaluationPassed", story.mentorship("ben"))).hasSize(3);
        assertThat(events.of("EvaluationPassed", story.mentorship("cleo"))).hasSize(2);
        assertThat(events.of("CertificateIssued", story.mentorship("ana"))).hasSize(1);
        assertThat(events.of("CertificateIssued", story.mentorship("ben"))).hasSize(1);
        assertThat(events.of("CertificateIssued", story.mentorship("cleo"))).isEmpty();
        assertThat(events.of("CertificateRevoked", story.certificates.get("ben")))
                .hasSize(1);
        // The survey opened once for each graduate; eve's erasure was told once, by her user id.
        assertThat(events.of("CompletionRequirementsOpened", story.mentorship("ana")))
                .hasSize(1);
        assertThat(events.of("CompletionRequirementsOpened", story.mentorship("ben")))
                .hasSize(1);
        assertThat(events.of("PersonErased", actors.id("eve"))).hasSize(1);
        // logging's mentors: noor and pia assigned, noor removed when she resigned (keyed by the project).
        String logging = story.projects.get("logging").id().toString();
        assertThat(events.of("MentorAssigned", logging)).hasSize(2);
        assertThat(events.of("MentorRemoved", logging)).hasSize(1);
        // gus got fay's freed slot from the waitlist.
        assertThat(events.of("ApplicationAccepted", story.application("gus", "fuzzing")))
                .hasSize(1);
        assertThat(events.of("ApplicationWithdrawn", story.application("fay", "fuzzing")))
                .hasSize(1);
    }
}
