package org.mentorship.application.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.mentorship.application.policy.ApplyingPolicy;
import org.mentorship.application.policy.PrerequisiteReminderPolicy;
import org.mentorship.application.policy.ReviewPolicy;

/** The program's policies with this deployment's settings: the policies themselves know no framework. */
@ApplicationScoped
public class Policies {

    @Produces
    @Singleton
    ReviewPolicy review(AdmissionsConfig config) {
        return new ReviewPolicy(config.minimumReviewDays(), config.defaultReviewDays());
    }

    @Produces
    @Singleton
    PrerequisiteReminderPolicy reminders(AdmissionsConfig config) {
        return new PrerequisiteReminderPolicy(config.reminders().prerequisiteDaysBefore());
    }

    @Produces
    @Singleton
    ApplyingPolicy applying(AdmissionsConfig config) {
        return new ApplyingPolicy(config.maxApplicationsPerTerm());
    }
}
