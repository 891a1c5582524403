package org.mentorship.application.policy;

import static org.mentorship.application.problem.ApplicationProblems.MENTOR_AT_CAPACITY;

import java.util.List;
import java.util.Optional;

/**
 * How many mentees a mentor takes in a term. Each invited mentor names a capacity (1 to 20): the most accepted or
 * onboarded mentees of one term she mentors, counted over every project she is an active mentor of. An application is
 * accepted only while every active mentor of its project has room for one more; mentors named when the project was
 * created (no invitation) have no limit unless one is set.
 */
public final class MentorCapacityPolicy {

    public static final int MIN_CAPACITY = 1;
    public static final int MAX_CAPACITY = 20;

    /** One active mentor of the project: her capacity (null: no limit) and her accepted-or-onboarded mentees. */
    public record Load(String mentorId, Integer capacity, long activeMentees) {}

    private MentorCapacityPolicy() {}

    /** Rule 1: an invitation names a capacity between 1 and 20. */
    public static boolean isValidCapacity(Integer capacity) {
        return capacity != null && capacity >= MIN_CAPACITY && capacity <= MAX_CAPACITY;
    }

    /** Rule 2: a mentor without a capacity takes any number; with one, one more only while she has fewer. */
    public static boolean hasRoom(Load load) {
        return load.capacity() == null || load.activeMentees() < load.capacity();
    }

    /** Rule 3: the first active mentor of the project without room for one more mentee, if any. */
    public static Optional<Load> firstAtCapacity(List<Load> mentors) {
        return mentors.stream().filter(load -> !hasRoom(load)).findFirst();
    }

    /** Rule 3 as a refusal: 409 mentor-at-capacity naming the mentor, her capacity and the project. */
    public static void requireRoom(List<Load> mentors, String projectTitle) {
        firstAtCapacity(mentors).ifPresent(full -> {
            throw MENTOR_AT_CAPACITY.with(
                    "Mentor " + full.mentorId() + " of project '" + projectTitle + "' already has "
                            + full.activeMentees() + " accepted or onboarded mentees this term, her capacity of "
                            + full.capacity() + ": another mentee needs another mentor or a freed place");
        });
    }
}
