package org.mentorship.application.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mentorship.application.policy.ProjectSchedulePolicy;

/** A project of an organization offered in a term, with its mentors, slots and prerequisite tasks. */
@Entity
@Table(name = "project")
public class Project {

    @Id
    public UUID id;

    @Column(name = "term_id", nullable = false)
    public UUID termId;

    @Column(nullable = false)
    public String organization;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_skill", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "skill")
    public Set<String> skills = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_mentor", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "mentor_id")
    public Set<String> mentorIds = new LinkedHashSet<>();

    /** Mentor id to email, for those mentors the coordinator gave one (evaluation reminders go there). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_mentor_email", joinColumns = @JoinColumn(name = "project_id"))
    @MapKeyColumn(name = "mentor_id")
    @Column(name = "email")
    public Map<String, String> mentorEmails = new LinkedHashMap<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderBy("position")
    public List<PrerequisiteTask> prerequisites = new ArrayList<>();

    @Column(nullable = false)
    public int slots;

    @Column(name = "evaluation_count", nullable = false)
    public int evaluationCount;

    @Column(nullable = false)
    public boolean published;

    /** The project's size in hours; null when not stated (ProjectSchedulePolicy). */
    public Integer hours;

    /** Its length in weeks; null: until the term's program end. */
    @Column(name = "length_weeks")
    public Integer lengthWeeks;

    /** Its start; null: the term's program start. */
    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Version
    public long version;

    /** What the project sets of its schedule (the rest is its term's). */
    public ProjectSchedulePolicy.Fields scheduleFields() {
        return new ProjectSchedulePolicy.Fields(hours, lengthWeeks, startsOn);
    }

    /** The dates it runs, within {@code term}. */
    public ProjectSchedulePolicy.Schedule schedule(Term term) {
        return ProjectSchedulePolicy.effective(scheduleFields(), term.programStart, term.programEnd);
    }

    public boolean isMentor(String userId) {
        return mentorIds.contains(userId);
    }
}
