package org.mentorship.evaluation.model;

/** What a mentor decides at an evaluation: three scores (1 to 5), comments, an outcome, weeks for an extension. */
public record Submission(
        int tasksAndMilestones,
        int engagement,
        int progressAgainstPlan,
        String commentsForMentee,
        String privateComments,
        Outcome outcome,
        Integer extensionWeeks) {}
