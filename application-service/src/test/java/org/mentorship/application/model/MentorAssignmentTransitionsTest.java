package org.mentorship.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;

/** A mentor assignment moves INVITED -> ACTIVE -> RESIGNED | REPLACED only; a refused move changes nothing. */
class MentorAssignmentTransitionsTest {

    private static final Instant T0 = Instant.parse("2027-01-12T09:00:00Z");
    private static final Instant T1 = Instant.parse("2027-01-13T10:00:00Z");

    @Test
    void anInvitationIsAcceptedWithTheCurrentAgreementAndKeepsItsSnapshot() {
        MentorAssignment a = invited();
        MentorAssignment.Transition t = a.accept("2026.1", "I agree ...", "  Max Example ", T1);

        assertThat(t.from()).isEqualTo(MentorStatus.INVITED);
        assertThat(t.to()).isEqualTo(MentorStatus.ACTIVE);
        assertThat(t.actor()).isEqualTo("max");
        assertThat(a.status).isEqualTo(MentorStatus.ACTIVE);
        assertThat(a.agreementVersion).isEqualTo("2026.1");
        assertThat(a.agreementText).isEqualTo("I agree ...");
        assertThat(a.legalName).isEqualTo("Max Example");
        assertThat(a.signedAt).isEqualTo(T1);
        assertThat(a.activeSince).isEqualTo(T1);
    }

    @Test
    void aStaleAgreementVersionIsRefusedAndNothingChanges() {
        MentorAssignment a = invited();
        assertThatThrownBy(() -> a.requireAcceptable("2026.2", "2026.1"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        p -> assertThat(p.slug()).isEqualTo("mentor-agreement-version-mismatch"));
        assertThat(a.status).isEqualTo(MentorStatus.INVITED);
        assertThat(a.signedAt).isNull();
    }

    @Test
    void onlyAnInvitationIsAcceptedAndOnlyAnActiveMentorResignsOrIsReplaced() {
        MentorAssignment a = invited();
        assertThatThrownBy(() -> a.resign("cora", "no time", T1)).satisfies(slug("mentor-not-active"));
        assertThatThrownBy(() -> a.replaceBy("moe", T1)).satisfies(slug("mentor-not-active"));
        assertThat(a.status).isEqualTo(MentorStatus.INVITED);

        a.accept("2026.1", "text", "Max", T1);
        assertThatThrownBy(() -> a.accept("2026.1", "text", "Max", T1)).satisfies(slug("mentor-not-invited"));

        MentorAssignment.Transition resigned = a.resign("cora", " A new job ", T1);
        assertThat(resigned.to()).isEqualTo(MentorStatus.RESIGNED);
        assertThat(a.resignationReason).isEqualTo("A new job");
        assertThatThrownBy(() -> a.resign("cora", "again", T1)).satisfies(slug("mentor-not-active"));
        assertThatThrownBy(() -> a.replaceBy("moe", T1)).satisfies(slug("mentor-not-active"));
        assertThat(a.status).isEqualTo(MentorStatus.RESIGNED);
        // A resigned mentor's place may still be taken over: recorded, her status stays.
        a.succeededBy("moe", T1);
        assertThat(a.replacedBy).isEqualTo("moe");
        assertThat(a.status).isEqualTo(MentorStatus.RESIGNED);
    }

    @Test
    void anActiveMentorIsReplacedOnceAndThenNothingMoves() {
        MentorAssignment a = MentorAssignment.named(
                UUID.randomUUID(), "mia", MentorRole.PRIMARY, null, MentorOrigin.CREATION, "cora", T0);
        assertThat(a.status).isEqualTo(MentorStatus.ACTIVE);
        assertThat(a.capacity).isNull();

        MentorAssignment.Transition t = a.replaceBy("max", T1);
        assertThat(t.to()).isEqualTo(MentorStatus.REPLACED);
        assertThat(a.replacedBy).isEqualTo("max");
        assertThatThrownBy(() -> a.resign("cora", "late", T1)).satisfies(slug("mentor-not-active"));
        assertThatThrownBy(() -> a.succeededBy("moe", T1)).satisfies(slug("mentor-not-active"));
        assertThat(a.replacedBy).isEqualTo("max");
    }

    private static MentorAssignment invited() {
        return MentorAssignment.invite(
                UUID.randomUUID(), "max", "Max Example", "max@example.org", MentorRole.CO_MENTOR, 3, null, "cora", T0);
    }

    private static java.util.function.Consumer<Throwable> slug(String slug) {
        return e -> assertThat(((ProblemException) e).slug()).isEqualTo(slug);
    }
}
