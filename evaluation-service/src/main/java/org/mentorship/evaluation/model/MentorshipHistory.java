package org.mentorship.evaluation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.mentorship.platform.history.StatusChange;

/** One status change of a mentorship: who, when, from, to, why. */
@Entity
@Table(name = "mentorship_history")
public class MentorshipHistory extends StatusChange<MentorshipStatus> {

    @Column(name = "mentorship_id", nullable = false)
    public UUID mentorshipId;
}
