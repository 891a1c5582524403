package org.mentorship.platform.history;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of an append-only status history: who changed the status of a record, when, from what to what and why.
 * Every history table of the program has these columns ({@code id, at, actor, from_status, to_status, reason});
 * each entity adds the id of its record (and what else it keeps, e.g. an evaluation's scores) and names its table.
 * A service whose column differs says so with {@code @AttributeOverride}.
 *
 * @param <S> the record's status type; {@code fromStatus} is null for the first entry (from nothing)
 */
@MappedSuperclass
public abstract class StatusChange<S extends Enum<S>> {

    @Id
    public UUID id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public S fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public S toStatus;

    public String reason;

    /** Fills the common columns of a new entry, with a fresh id. */
    public void record(Instant at, String actor, S from, S to, String reason) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.actor = actor;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
    }
}
