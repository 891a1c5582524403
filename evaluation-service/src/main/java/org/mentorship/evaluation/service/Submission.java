package org.mentorship.evaluation.service;

import org.mentorship.evaluation.model.Outcome;

/** What a mentor decides at an evaluation: three scores (1 to 5), comments, an outcome, weeks for an extension. */
public record Submission(
        int tasksAndMilestones,
        int engagement,
        int progressAgainstPlan,
        String commentsForMentee,
        String privateComments,
        Outcome outcome,
        Integer extensionWeeks) {}
