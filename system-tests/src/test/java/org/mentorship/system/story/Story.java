package org.mentorship.system.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the story created so far, shared by its steps: ids by the names the story gives them. */
final class Story {

    /** A project of the term with its prerequisite task ids (in order) and its mentor. */
    record Project(UUID id, String title, String mentor, List<UUID> prerequisites) {}

    UUID term;
    Instant reviewEndsAt;
    /** When the term's decisions are told to applicants (the announcement embargo). */
    Instant announceAt;

    LocalDate programStart;
    LocalDate programEnd;
    int surveyVersion;
    final Map<String, Project> projects = new LinkedHashMap<>();
    final Map<String, UUID> exams = new LinkedHashMap<>();
    /** Key "mentee/project". */
    final Map<String, UUID> applications = new LinkedHashMap<>();
    /** Key mentee. */
    final Map<String, UUID> mentorships = new LinkedHashMap<>();

    final Map<String, String> projectOf = new LinkedHashMap<>();
    final Map<String, UUID> certificates = new LinkedHashMap<>();
    final Map<String, String> codes = new LinkedHashMap<>();

    UUID application(String mentee, String project) {
        return applications.get(mentee + "/" + project);
    }

    UUID mentorship(String mentee) {
        return mentorships.get(mentee);
    }

    String mentorOf(String mentee) {
        return projects.get(projectOf.get(mentee)).mentor();
    }
}
