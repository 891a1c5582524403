package org.mentorship.certificate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt at an exam; every attempt is kept. */
@Entity
@Table(name = "exam_result")
public class ExamResult {

    @Id
    public UUID id;

    @Column(name = "exam_id", nullable = false)
    public UUID examId;

    @Column(name = "mentorship_id", nullable = false)
    public UUID mentorshipId;

    @Column(name = "mentee_id", nullable = false)
    public String menteeId;

    @Column(nullable = false)
    public int score;

    @Column(nullable = false)
    public boolean passed;

    @Column(name = "taken_at", nullable = false)
    public Instant takenAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** coordinator or partner (a learning platform's machine client). */
    @Column(name = "recorder_role", nullable = false)
    public String recorderRole;
}
