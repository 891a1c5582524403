package org.mentorship.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The evaluation service's settings (prefix {@code mentorship.evaluation}). */
@ConfigMapping(prefix = "mentorship.evaluation")
public interface EvaluationConfig {

    /** The starter tasks every new mentorship begins with; the mentor edits them to fit the project. */
    List<StarterTask> starterTasks();

    Reminders reminders();

    /**
     * How many days a mentor's FAIL stays under review (the mentee may appeal, a coordinator decides) before it
     * stands by itself; 0: a FAIL is final at once.
     */
    @WithDefault("7")
    int failReviewDays();

    /** How often the job confirming unappealed FAILs at their window's end runs ("off" disables it). */
    @WithDefault("10m")
    String failReviewEvery();

    interface StarterTask {
        String title();

        Optional<String> description();
    }

    interface Reminders {
        /** How often the reminder job runs ("off" disables it; tests run it by hand after moving the clock). */
        @WithDefault("10m")
        String every();

        /** The first reminder goes to the mentors this long before the due instant. */
        @WithDefault("P3D")
        Duration upcomingBefore();

        /** "Due today": within this long before the due instant. */
        @WithDefault("P1D")
        Duration dueSoonBefore();

        /** An evaluation still missing this long after its due instant is escalated to the coordinators. */
        @WithDefault("P3D")
        Duration escalateAfter();

        /** Where escalations are mailed (the coordinators' shared mailbox). */
        @WithDefault("coordinators@mentorship.local")
        String coordinatorsEmail();
    }
}
