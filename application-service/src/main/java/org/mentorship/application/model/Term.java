package org.mentorship.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.mentorship.application.policy.ApplyingPolicy;
import org.mentorship.application.policy.ReviewPolicy;

/** A cohort: when people may apply, how long review lasts after applications close, when the program runs. */
@Entity
@Table(name = "term")
public class Term {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "applications_open_at", nullable = false)
    public Instant applicationsOpenAt;

    @Column(name = "applications_close_at", nullable = false)
    public Instant applicationsCloseAt;

    @Column(name = "review_days", nullable = false)
    public int reviewDays;

    @Column(name = "program_start", nullable = false)
    public LocalDate programStart;

    @Column(name = "program_end", nullable = false)
    public LocalDate programEnd;

    /** When decisions are told to applicants (AnnouncementPolicy); null: at once. */
    @Column(name = "announce_at")
    public Instant announceAt;

    @Version
    public long version;

    /** Review runs from submission until this instant; prerequisites and decisions end with it. */
    public Instant reviewEndsAt() {
        return ReviewPolicy.reviewEndsAt(applicationsCloseAt, reviewDays);
    }

    public boolean isOpenAt(Instant now) {
        return ApplyingPolicy.isOpen(applicationsOpenAt, applicationsCloseAt, now);
    }
}
