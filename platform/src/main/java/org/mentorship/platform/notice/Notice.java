package org.mentorship.platform.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a person's feed: what this service told them, by which channel besides the feed, and if they read it. */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public String personId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String channel;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    /** Held until then (an announcement embargo); null: visible from {@link #createdAt}. */
    @Column(name = "visible_from")
    public Instant visibleFrom;
}
