package org.mentorship.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;

/** A prerequisite is handed in, approved or sent back, and handed in again; an approved one is final. */
class PrerequisiteProgressTest {

    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");

    @Test
    void handedInEvidenceCanBeApproved() {
        PrerequisiteProgress row = PrerequisiteProgress.notStarted(UUID.randomUUID(), task(EvidenceKind.TEXT));
        assertThat(row.status).isEqualTo(PrerequisiteStatus.NOT_STARTED);
        row.submit(task(EvidenceKind.TEXT), "  did it  ", NOW);
        assertThat(row.evidence).isEqualTo("did it");
        row.approve("mia", NOW);
        assertThat(row.status).isEqualTo(PrerequisiteStatus.APPROVED);
        assertThat(row.reviewedBy).isEqualTo("mia");
        assertProblem(() -> row.submit(task(EvidenceKind.TEXT), "again", NOW), "prerequisite-already-approved");
    }

    @Test
    void sentBackEvidenceCanBeHandedInAgain() {
        PrerequisiteProgress row = PrerequisiteProgress.notStarted(UUID.randomUUID(), task(EvidenceKind.TEXT));
        row.submit(task(EvidenceKind.TEXT), "first try", NOW);
        row.sendBack("mia", NOW, "add tests");
        assertThat(row.status).isEqualTo(PrerequisiteStatus.RETURNED);
        assertThat(row.reviewComment).isEqualTo("add tests");
        row.submit(task(EvidenceKind.TEXT), "second try", NOW);
        assertThat(row.status).isEqualTo(PrerequisiteStatus.SUBMITTED);
    }

    @Test
    void onlyHandedInEvidenceIsReviewed() {
        PrerequisiteProgress row = PrerequisiteProgress.notStarted(UUID.randomUUID(), task(EvidenceKind.TEXT));
        assertProblem(() -> row.approve("mia", NOW), "prerequisite-not-submitted");
        assertProblem(() -> row.sendBack("mia", NOW, "x"), "prerequisite-not-submitted");
    }

    @Test
    void aLinkTaskTakesOnlyAWebLink() {
        PrerequisiteTask link = task(EvidenceKind.LINK);
        PrerequisiteProgress row = PrerequisiteProgress.notStarted(UUID.randomUUID(), link);
        assertProblem(() -> row.submit(link, "see my PR", NOW), "evidence-not-a-link");
        assertProblem(() -> row.submit(link, "ftp://example.org/x", NOW), "evidence-not-a-link");
        row.submit(link, "https://github.com/org/repo/pull/1", NOW);
        assertThat(row.status).isEqualTo(PrerequisiteStatus.SUBMITTED);
    }

    private static PrerequisiteTask task(EvidenceKind kind) {
        PrerequisiteTask task = new PrerequisiteTask();
        task.id = UUID.randomUUID();
        task.position = 1;
        task.title = "Fix a good first issue";
        task.instructions = "Open a PR";
        task.evidenceKind = kind;
        return task;
    }

    static void assertProblem(Runnable move, String slug) {
        assertThatThrownBy(move::run)
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.slug()).isEqualTo(slug));
    }
}
