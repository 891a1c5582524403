package org.mentorship.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorship.application.policy.MentorCapacityPolicy.Load;
import org.mentorship.platform.problem.ProblemException;

/** One test per rule of MentorCapacityPolicy. */
class MentorCapacityPolicyTest {

    @Test
    void rule1AnInvitationNamesACapacityFromOneToTwenty() {
        assertThat(MentorCapacityPolicy.isValidCapacity(1)).isTrue();
        assertThat(MentorCapacityPolicy.isValidCapacity(20)).isTrue();
        assertThat(MentorCapacityPolicy.isValidCapacity(0)).isFalse();
        assertThat(MentorCapacityPolicy.isValidCapacity(21)).isFalse();
        assertThat(MentorCapacityPolicy.isValidCapacity(null)).isFalse();
    }

    @Test
    void rule2AMentorTakesOneMoreOnlyWhileSheHasFewerThanHerCapacity() {
        assertThat(MentorCapacityPolicy.hasRoom(new Load("max", 2, 1))).isTrue();
        assertThat(MentorCapacityPolicy.hasRoom(new Load("max", 2, 2))).isFalse();
        assertThat(MentorCapacityPolicy.hasRoom(new Load("max", 2, 3))).isFalse();
        // Named at the project's creation: no limit.
        assertThat(MentorCapacityPolicy.hasRoom(new Load("mia", null, 50))).isTrue();
    }

    @Test
    void rule3AnAcceptanceNeedsRoomWithEveryActiveMentorAndTheRefusalNamesTheFirstWithout() {
        List<Load> room = List.of(new Load("mia", null, 9), new Load("max", 3, 2));
        assertThat(MentorCapacityPolicy.firstAtCapacity(room)).isEmpty();
        assertThatCode(() -> MentorCapacityPolicy.requireRoom(room, "CLI docs")).doesNotThrowAnyException();
        assertThatCode(() -> MentorCapacityPolicy.requireRoom(List.of(), "CLI docs"))
                .doesNotThrowAnyException();

        List<Load> full = List.of(new Load("mia", null, 9), new Load("max", 3, 3), new Load("moe", 1, 1));
        assertThat(MentorCapacityPolicy.firstAtCapacity(full))
                .map(Load::mentorId)
                .contains("max");
        assertThatThrownBy(() -> MentorCapacityPolicy.requireRoom(full, "CLI docs"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.getMessage())
                            .contains("max")
                            .contains("CLI docs")
                            .contains("3");
                });
    }
}
