package org.mentorship.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.mentorship.platform.history.StatusChange;

/** One status change of an application: who, when, from, to, why (and a note only coordinators see). */
@Entity
@Table(name = "application_history")
public class HistoryEntry extends StatusChange<ApplicationStatus> {

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "internal_note")
    public String internalNote;
}
