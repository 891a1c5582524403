package org.mentorship.application.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A project's rubric: the criteria its mentors score applications on, in order (ScoringPolicy checks them). */
@Entity
@Table(name = "project_rubric")
public class Rubric {

    /** One criterion: a stable key (the scores name it), a label for people, and the most points it gives. */
    @Embeddable
    public static class Criterion {
        @Column(name = "key", nullable = false)
        public String key;

        @Column(nullable = false)
        public String label;

        @Column(name = "max_points", nullable = false)
        public int maxPoints;

        protected Criterion() {}

        public Criterion(String key, String label, int maxPoints) {
            this.key = key;
            this.label = label;
            this.maxPoints = maxPoints;
        }
    }

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_rubric_criterion", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<Criterion> criteria = new ArrayList<>();

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Version
    public long version;

    public static Rubric of(UUID projectId) {
        Rubric rubric = new Rubric();
        rubric.projectId = projectId;
        return rubric;
    }

    /** Replaces every criterion at once (the coordinator sends the whole rubric). */
    public void set(List<Criterion> criteria, String by, Instant at) {
        this.criteria.clear();
        this.criteria.addAll(criteria);
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The total an application can reach. */
    public int maxTotal() {
        return criteria.stream().mapToInt(c -> c.maxPoints).sum();
    }
}
