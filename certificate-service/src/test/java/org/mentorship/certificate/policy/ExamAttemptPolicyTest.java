package org.mentorship.certificate.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;

/** One test per rule of {@link ExamAttemptPolicy}. */
class ExamAttemptPolicyTest {

    private static final Instant STARTED = Instant.parse("2026-06-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-07-01T09:00:00Z");

    @Test
    void aCoordinatorRecordsAnyAttemptAPartnerOnlyForTheExamsItIsRegisteredFor() {
        assertThatCode(() -> ExamAttemptPolicy.requireRecorder(true, false, "cora", "Rust basics"))
                .doesNotThrowAnyException();
        assertThatCode(() -> ExamAttemptPolicy.requireRecorder(false, true, "lms", "Rust basics"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ExamAttemptPolicy.requireRecorder(false, false, "lms", "Rust basics"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("not registered")
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(403));
    }

    @Test
    void anAttemptWasTakenDuringTheMentorshipNeverBeforeItStartedNorInTheFuture() {
        assertThat(ExamAttemptPolicy.takenDuringMentorship(null, STARTED, NOW)).isEqualTo(NOW);
        assertThat(ExamAttemptPolicy.takenDuringMentorship(STARTED, STARTED, NOW))
                .isEqualTo(STARTED);
        assertThatThrownBy(() -> ExamAttemptPolicy.takenDuringMentorship(STARTED.minusSeconds(1), STARTED, NOW))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("before the mentorship started");
        assertThatThrownBy(() -> ExamAttemptPolicy.takenDuringMentorship(NOW.plus(Duration.ofMinutes(1)), STARTED, NOW))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("after now");
    }
}
