package org.mentorship.application.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import org.mentorship.application.policy.ApplyingPolicy;
import org.mentorship.application.policy.PrerequisiteReminderPolicy;
import org.mentorship.application.policy.ReviewPolicy;

/** The program's admission rules that vary by deployment (see application.properties). */
@ConfigMapping(prefix = "mentorship.application")
public interface AdmissionsConfig {

    /** Review period of a new term when the coordinator gives none (raised to the minimum: ReviewPolicy). */
    @WithDefault("21")
    int defaultReviewDays();

    /**
     * How long an application must have been in review before it can be accepted without an override; only a value
     * above the program's 14 days counts (ReviewPolicy).
     */
    @WithDefault("" + ReviewPolicy.MINIMUM_DAYS)
    int minimumReviewDays();

    /** How many applications one person may have in one term (withdrawn ones do not count). */
    @WithDefault("" + ApplyingPolicy.DEFAULT_MAX_PER_TERM)
    int maxApplicationsPerTerm();

    /** HR steps of onboarding, in order. */
    @WithDefault("identity-check,tax-form,payout-details")
    List<String> hrSteps();

    /** How often the review closer runs (a Quarkus scheduler interval, or "off"). */
    @WithDefault("60s")
    String reviewCloseEvery();

    Contract contract();

    /** What an invited mentor signs to become an active mentor of a project (kept as signed, like the contract). */
    MentorAgreement mentorAgreement();

    Notifications notifications();

    Reminders reminders();

    Privacy privacy();

    interface Reminders {
        /** How many days before a term's review end a mentee with prerequisites not handed in is reminded. */
        @WithDefault("" + PrerequisiteReminderPolicy.DEFAULT_DAYS_BEFORE)
        int prerequisiteDaysBefore();

        /** How often reminders are looked for (a Quarkus scheduler interval, or "off"). */
        @WithDefault("15m")
        String every();
    }

    interface Privacy {
        /** Days after a term's program ended that applicants never accepted are pseudonymised. */
        @WithDefault("365")
        int retentionDays();

        /** How often the retention job runs (a Quarkus scheduler interval, or "off"). */
        @WithDefault("1h")
        String retentionEvery();
    }

    interface Contract {
        @WithDefault("2026.1")
        String version();

        @WithDefault(
                "I agree to take part in the mentorship program under its code of conduct, to work on the project plan with my mentors, and to be evaluated as the program describes.")
        String text();
    }

    interface MentorAgreement {
        @WithDefault("2026.1")
        String version();

        @WithDefault(
                "I agree to mentor under the program's code of conduct: to guide my mentees through their project plan, to answer them within two working days, to submit their evaluations on time and honestly, and to tell the program if I can no longer mentor.")
        String text();
    }

    interface Notifications {
        /** Attempts before an email is marked FAILED. */
        @WithDefault("5")
        int maxAttempts();

        /** Wait after the first failure; doubles with each further failure. */
        @WithDefault("PT30S")
        Duration backoff();

        /**
         * How long a claimed email is its sender's to send: longer than a batch of sends at the mailer's timeout, so
         * only a sender that died or hung has its emails taken over (and sent again, with the same Message-ID).
         */
        @WithDefault("PT5M")
        Duration lease();

        /** How often queued emails are sent (a Quarkus scheduler interval, or "off"). */
        @WithDefault("5s")
        String sendEvery();

        /** How long a coordinator has to make a result call. */
        @WithDefault("P2D")
        Duration callDue();
    }
}
