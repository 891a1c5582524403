package org.mentorship.evaluation.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.platform.web.PageOf;

/** The page schemas of this service's lists: one shape (platform's {@link PageOf}), one name per item type. */
final class Pages {

    @Schema(name = "EvaluationPage", description = "A page of evaluations")
    static final class EvaluationPage extends PageOf<Views.EvaluationView> {}

    @Schema(name = "MentorshipPage", description = "A page of mentorships")
    static final class MentorshipPage extends PageOf<Views.MentorshipView> {}

    @Schema(name = "MilestonePage", description = "A page of milestones")
    static final class MilestonePage extends PageOf<Views.MilestoneView> {}

    @Schema(name = "ParticipationPage", description = "A page of participation records")
    static final class ParticipationPage extends PageOf<Views.ParticipationView> {}

    @Schema(name = "ReminderPage", description = "A page of evaluation reminders")
    static final class ReminderPage extends PageOf<Views.ReminderView> {}

    @Schema(name = "TaskPage", description = "A page of plan tasks")
    static final class TaskPage extends PageOf<Views.TaskView> {}

    private Pages() {}
}
