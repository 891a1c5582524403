package org.mentorship.evaluation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reminder mailed about one evaluation to one person; the unique key makes each one go out once. */
@Entity
@Table(name = "reminder")
public class Reminder {

    @Id
    public UUID id;

    @Column(name = "evaluation_id", nullable = false)
    public UUID evaluationId;

    @Column(name = "mentorship_id", nullable = false)
    public UUID mentorshipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReminderKind kind;

    @Column(name = "recipient_id", nullable = false)
    public String recipientId;

    /** Null when the mentor has no known address: the reminder is then listed in the app only. */
    public String email;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
}
