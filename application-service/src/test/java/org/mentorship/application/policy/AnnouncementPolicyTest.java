package org.mentorship.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorship.application.policy.ReviewPolicyTest.assertProblem;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A term's announcement embargo, one test per rule. */
class AnnouncementPolicyTest {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofDays(3));
    private static final Instant EARLIER = NOW.minus(Duration.ofDays(3));

    @Test
    void aChangeIsHeldOnlyWhileTheAnnouncementIsAhead() {
        assertThat(AnnouncementPolicy.holdsChangesAt(LATER, NOW)).isTrue();
        assertThat(AnnouncementPolicy.holdsChangesAt(NOW, NOW)).isFalse();
        assertThat(AnnouncementPolicy.holdsChangesAt(EARLIER, NOW)).isFalse();
        assertThat(AnnouncementPolicy.holdsChangesAt(null, NOW)).isFalse();
    }

    @Test
    void anApplicationWithHeldChangesLooksAsBeforeUntilTheAnnouncementThenAllShows() {
        assertThat(AnnouncementPolicy.isHeld(true, LATER, NOW)).isTrue();
        assertThat(AnnouncementPolicy.isHeld(true, LATER, LATER)).isFalse();
        assertThat(AnnouncementPolicy.isHeld(false, LATER, NOW)).isFalse();
        assertThat(AnnouncementPolicy.heldUntil(true, LATER, NOW)).isEqualTo(LATER);
        assertThat(AnnouncementPolicy.heldUntil(true, LATER, LATER)).isNull();
    }

    @Test
    void aHeldDecisionsMailNoticeAndCallWaitForTheAnnouncement() {
        assertThat(AnnouncementPolicy.firstAttemptAt(LATER, NOW)).isEqualTo(LATER);
        assertThat(AnnouncementPolicy.firstAttemptAt(null, NOW)).isEqualTo(NOW);
        assertThat(AnnouncementPolicy.visibleFrom(LATER, NOW)).isEqualTo(LATER);
        assertThat(AnnouncementPolicy.visibleFrom(EARLIER, NOW)).isNull();
    }

    @Test
    void staffSeeWhenTheDecisionWasTold() {
        Instant decided = NOW.minus(Duration.ofDays(1));
        assertThat(AnnouncementPolicy.announcedAt(true, decided, LATER, NOW)).isNull();
        assertThat(AnnouncementPolicy.announcedAt(true, decided, LATER, LATER)).isEqualTo(LATER);
        assertThat(AnnouncementPolicy.announcedAt(false, decided, LATER, NOW)).isEqualTo(decided);
        assertThat(AnnouncementPolicy.announcedAt(false, null, null, NOW)).isNull();
    }

    @Test
    void theAnnouncementIsAfterApplicationsClose() {
        AnnouncementPolicy.requireValid(null, NOW);
        AnnouncementPolicy.requireValid(LATER, NOW);
        assertProblem(() -> AnnouncementPolicy.requireValid(NOW, NOW), "invalid-announcement-time", 422);
        assertProblem(() -> AnnouncementPolicy.requireValid(EARLIER, NOW), "invalid-announcement-time", 422);
    }

    @Test
    void anAnnouncementThatPassedIsFixed() {
        AnnouncementPolicy.requireMovable(null, LATER, NOW);
        AnnouncementPolicy.requireMovable(LATER, LATER.plusSeconds(60), NOW);
        AnnouncementPolicy.requireMovable(LATER, null, NOW);
        AnnouncementPolicy.requireMovable(EARLIER, EARLIER.plusNanos(400), NOW); // PostgreSQL's rounding
        assertProblem(() -> AnnouncementPolicy.requireMovable(EARLIER, LATER, NOW), "announcement-made", 409);
        assertProblem(() -> AnnouncementPolicy.requireMovable(EARLIER, null, NOW), "announcement-made", 409);
    }

    @Test
    void movingAnAnnouncementAheadReschedulesWhatIsHeldAndMovingItPastReleasesIt() {
        assertThat(AnnouncementPolicy.reschedules(LATER, LATER.plusSeconds(60), NOW))
                .isTrue();
        assertThat(AnnouncementPolicy.reschedules(LATER, LATER, NOW)).isFalse();
        assertThat(AnnouncementPolicy.reschedules(null, LATER, NOW)).isFalse();
        assertThat(AnnouncementPolicy.releases(LATER, EARLIER, NOW)).isTrue();
        assertThat(AnnouncementPolicy.releases(LATER, null, NOW)).isTrue();
        assertThat(AnnouncementPolicy.releases(LATER, LATER.plusSeconds(60), NOW))
                .isFalse();
        assertThat(AnnouncementPolicy.releases(EARLIER, EARLIER, NOW)).isFalse();
    }
}
