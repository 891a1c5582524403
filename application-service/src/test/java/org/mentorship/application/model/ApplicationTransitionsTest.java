package org.mentorship.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;

/** An application moves only the ways the program allows, and each move sets what belongs to it. */
class ApplicationTransitionsTest {

    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");

    @Test
    void aNewApplicationIsSubmitted() {
        Application a = submitted();
        assertThat(a.status).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(a.submittedAt).isEqualTo(NOW);
        assertThat(a.id).isNotNull();
    }

    @Test
    void acceptingKeepsTheDecisionAndTheOverride() {
        Application a = submitted();
        Application.Transition t = a.accept("cora", NOW, null, "strong candidate");
        assertThat(t)
                .isEqualTo(new Application.Transition(
                        ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED, "cora", "accepted"));
        assertThat(a.status).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(a.decidedBy).isEqualTo("cora");
        assertThat(a.decidedAt).isEqualTo(NOW);
        assertThat(a.decisionReason).isNull();
        assertThat(a.overrideReason).isEqualTo("strong candidate");
    }

    @Test
    void onlyASubmittedApplicationIsDecided() {
        Application a = submitted();
        a.reject("cora", NOW, "not a fit");
        assertThat(a.decisionReason).isEqualTo("not a fit");
        assertNotOpen(() -> a.accept("cora", NOW, null, null));
        assertNotOpen(() -> a.reject("cora", NOW, "again"));
        assertNotOpen(() -> a.recommend(Recommendation.ACCEPT, "mia", null));
    }

    @Test
    void anApplicationOpenAtReviewEndClosesAsNotAccepted() {
        Application a = submitted();
        Application.Transition t = a.closeAsNotAccepted("system:review-closer", NOW, "not selected");
        assertThat(t.to()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(a.decisionReason).isEqualTo("not selected");
        assertNotOpen(() -> a.closeAsNotAccepted("system:review-closer", NOW, "not selected"));
    }

    @Test
    void aSubmittedOrAcceptedApplicationCanBeWithdrawnNothingLater() {
        Application submitted = submitted();
        submitted.withdraw("ana", "changed my mind");
        assertThat(submitted.status).isEqualTo(ApplicationStatus.WITHDRAWN);
        Application accepted = submitted();
        accepted.accept("cora", NOW, null, null);
        accepted.withdraw("ana", "found a job");
        assertThat(accepted.status).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertNotOpen(() -> accepted.withdraw("ana", "twice"));
    }

    @Test
    void onboardingNeedsAnAcceptedApplication() {
        Application a = submitted();
        assertThatThrownBy(() -> a.onboard(UUID.randomUUID(), "cora"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.slug()).isEqualTo("not-accepted"));
        a.accept("cora", NOW, null, null);
        UUID mentorship = UUID.randomUUID();
        a.onboard(mentorship, "cora");
        assertThat(a.status).isEqualTo(ApplicationStatus.ONBOARDED);
        assertThat(a.mentorshipId).isEqualTo(mentorship);
    }

    @Test
    void aMentorshipOutcomeOnlyMovesForward() {
        Application a = submitted();
        assertThat(a.completeMentorship("evaluation-service")).isEmpty();
        a.accept("cora", NOW, null, null);
        a.onboard(UUID.randomUUID(), "cora");
        assertThat(a.completeMentorship("evaluation-service")).isPresent();
        assertThat(a.graduate("certificate-service")).isPresent();
        assertThat(a.completeMentorship("evaluation-service")).isEmpty();
        assertThat(a.endMentorship("evaluation-service", "late")).isEmpty();
        assertThat(a.status).isEqualTo(ApplicationStatus.GRADUATED);
    }

    @Test
    void aSubmittedApplicationIsWaitlistedOnceAndStaysOpen() {
        Application a = submitted();
        Application.Transition t = a.waitlist("cora", NOW, null);
        assertThat(t)
                .isEqualTo(new Application.Transition(
                        ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED, "cora", "waitlisted"));
        assertThat(a.waitlistedAt).isEqualTo(NOW);
        assertThat(a.decidedAt).isNull();
        assertNotOpen(() -> a.waitlist("cora", NOW, null));
        assertNotOpen(() -> a.closeAsNotAccepted("system:review-closer", NOW, "not selected"));
        assertThatThrownBy(a::requireOnboardingStarted).isInstanceOf(ProblemException.class);
        a.requireDecidable(); // a coordinator may still accept or reject it
        Application decided = submitted();
        decided.reject("cora", NOW, "not a fit");
        assertNotOpen(() -> decided.waitlist("cora", NOW, null));
    }

    @Test
    void aWaitlistedApplicationIsOfferedAFreedSlotOrClosedAtProgramStart() {
        Application offered = submitted();
        offered.waitlist("cora", NOW, null);
        Application.Transition t = offered.offerFreedSlot("system:waitlist", NOW, "offered the freed slot");
        assertThat(t.from()).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(offered.status).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(offered.decidedAt).isEqualTo(NOW);
        assertNotOpen(() -> offered.offerFreedSlot("system:waitlist", NOW, "twice"));
        Application closed = submitted();
        assertNotOpen(() -> closed.closeWaitlisted("system:review-closer", NOW, "not selected"));
        closed.waitlist("cora", NOW, null);
        closed.closeWaitlisted("system:review-closer", NOW, "not selected");
        assertThat(closed.status).isEqualTo(ApplicationStatus.REJECTED);
    }

    private static Application submitted() {
        return Application.submit(UUID.randomUUID(), UUID.randomUUID(), "ana", "I like docs", NOW);
    }

    private static void assertNotOpen(Runnable move) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.slug()).isEqualTo("application-not-open");
            assertThat(e.status()).isEqualTo(409);
        });
    }
}
