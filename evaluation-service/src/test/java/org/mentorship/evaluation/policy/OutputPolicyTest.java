package org.mentorship.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mentorship.evaluation.policy.Fixtures.DUE;
import static org.mentorship.evaluation.policy.Fixtures.evaluation;
import static org.mentorship.evaluation.policy.Fixtures.slugOf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationStatus;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.model.MentorshipStatus;
import org.mentorship.evaluation.model.Outcome;

/** One test per rule of OutputPolicy, plus the entity's guarded transitions. */
class OutputPolicyTest {

    private static final String URL = "https://github.com/cnsf/storage/pull/42";
    private final Evaluation finalOne = evaluation(3, 3, EvaluationStatus.SCHEDULED, null);

    @Test
    void rule1TheWorkProductIsAnHttpsLinkWithAHost() {
        assertThatCode(() -> OutputPolicy.requireWorkProductUrl(URL)).doesNotThrowAnyException();
        for (String bad :
                List.of("http://github.com/x", "ftp://x.org/a", "https://", "github.com/x", "https:// x", "")) {
            assertThat(slugOf(catchThrowable(() -> OutputPolicy.requireWorkProductUrl(bad))))
                    .as(bad)
                    .isEqualTo("work-product-url-invalid");
        }
        assertThat(slugOf(
                        catchThrowable(() -> OutputPolicy.requireWorkProductUrl("https://x.org/" + "a".repeat(2000)))))
                .isEqualTo("work-product-url-invalid");
    }

    @Test
    void rule2TheFinalReportIsOneTo4000Characters() {
        assertThatCode(() -> OutputPolicy.requireFinalReport("a".repeat(4000))).doesNotThrowAnyException();
        assertThat(slugOf(catchThrowable(() -> OutputPolicy.requireFinalReport("a".repeat(4001)))))
                .isEqualTo("final-report-invalid");
        assertThat(slugOf(catchThrowable(() -> OutputPolicy.requireFinalReport(" "))))
                .isEqualTo("final-report-invalid");
    }

    @Test
    void rule3TheWindowIsTheFinalEvaluationsFromItsOpeningUntilItIsSubmitted() {
        assertThat(slugOf(catchThrowable(() -> OutputPolicy.requireWindow(finalOne, DUE.minus(Duration.ofDays(8))))))
                .isEqualTo("output-window-not-open");
        assertThatCode(() -> OutputPolicy.requireWindow(finalOne, DUE.minus(Duration.ofDays(7))))
                .doesNotThrowAnyException();
        assertThatCode(() -> OutputPolicy.requireWindow(finalOne, DUE.plus(Duration.ofDays(3))))
                .as("a late final evaluation keeps it open")
                .doesNotThrowAnyException();
        Evaluation submitted = evaluation(3, 3, EvaluationStatus.SUBMITTED, Outcome.PASS);
        assertThat(slugOf(catchThrowable(() -> OutputPolicy.requireWindow(submitted, DUE))))
                .isEqualTo("output-window-closed");
        Evaluation reopened = evaluation(3, 3, EvaluationStatus.REOPENED, Outcome.PASS);
        assertThatCode(() -> OutputPolicy.requireWindow(reopened, DUE)).doesNotThrowAnyException();
    }

    @Test
    void rule4OnlyASubmittedOutputIsConfirmed() {
        Mentorship m = mentorship();
        assertThat(slugOf(catchThrowable(() -> m.confirmOutput("mia", finalOne, DUE))))
                .isEqualTo("output-missing");
        assertThat(m.outputConfirmed()).isFalse();
    }

    @Test
    void rule5AChangeTakesTheConfirmationAwayTheSameOutputKeepsIt() {
        Mentorship m = mentorship();
        m.submitOutput(URL, "Report", finalOne, DUE);
        m.confirmOutput("mia", finalOne, DUE);
        m.submitOutput(URL, "Report", finalOne, DUE.plusSeconds(60));
        assertThat(m.outputConfirmedBy).isEqualTo("mia");

        m.submitOutput(URL, "Report, revised", finalOne, DUE.plusSeconds(120));
        assertThat(m.outputConfirmed()).isFalse();
        assertThat(m.finalReport).isEqualTo("Report, revised");
    }

    @Test
    void rule6OnlyAConfirmedOutputTravelsInMentorshipCompleted() {
        Mentorship m = mentorship();
        m.submitOutput(URL, "Report", finalOne, DUE);
        assertThat(m.confirmedWorkProductUrl()).isNull();
        assertThat(m.confirmedFinalReport()).isNull();
        m.confirmOutput("mia", finalOne, DUE);
        assertThat(m.confirmedWorkProductUrl()).isEqualTo(URL);
        assertThat(m.confirmedFinalReport()).isEqualTo("Report");
    }

    @Test
    void anEndedMentorshipRefusesTheOutputAndNothingChanges() {
        Mentorship m = mentorship();
        m.status = MentorshipStatus.COMPLETED;
        assertThat(slugOf(catchThrowable(() -> m.submitOutput(URL, "Report", finalOne, DUE))))
                .isEqualTo("mentorship-ended");
        assertThat(m.outputSubmittedAt).isNull();
    }

    @Test
    void aRefusedSubmissionChangesNothing() {
        Mentorship m = mentorship();
        m.submitOutput(URL, "Report", finalOne, DUE);
        catchThrowable(() -> m.submitOutput("http://insecure.example.org", "Other", finalOne, DUE));
        assertThat(m.workProductUrl).isEqualTo(URL);
        assertThat(m.finalReport).isEqualTo("Report");
    }

    private static Mentorship mentorship() {
        Mentorship m = new Mentorship();
        m.id = UUID.randomUUID();
        m.menteeId = "ana";
        m.status = MentorshipStatus.ACTIVE;
        m.startsOn = LocalDate.of(2026, 1, 5);
        m.endsOn = LocalDate.of(2026, 3, 29);
        return m;
    }
}
