package org.mentorship.application.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** One reviewer's scores of one application against its project's rubric; a later PUT replaces them. */
@Entity
@Table(name = "application_score")
public class ScoreSet {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    /** The mentor who scored; the comment is theirs (in their personal data). */
    @Column(nullable = false)
    public String reviewer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_score_point", joinColumns = @JoinColumn(name = "score_id"))
    @MapKeyColumn(name = "criterion")
    @Column(name = "points")
    public Map<String, Integer> points = new TreeMap<>();

    @Column(nullable = false)
    public int total;

    public String comment;

    @Column(name = "scored_at", nullable = false)
    public Instant scoredAt;

    @Version
    public long version;

    public static ScoreSet of(UUID applicationId, String reviewer) {
        ScoreSet set = new ScoreSet();
        set.id = UUID.randomUUID();
        set.applicationId = applicationId;
        set.reviewer = reviewer;
        return set;
    }

    /** Replaces the reviewer's points (checked by ScoringPolicy.total) and comment. */
    public void score(Map<String, Integer> points, int total, String comment, Instant at) {
        this.points.clear();
        this.points.putAll(points);
        this.total = total;
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
        this.scoredAt = at;
    }
}
