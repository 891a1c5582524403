package org.mentorship.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.util.UUID;

/** A task an applicant must complete before they can be accepted (e.g. fix a starter issue). */
@Entity
@Table(name = "prerequisite_task")
public class PrerequisiteTask {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String instructions;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_kind", nullable = false)
    public EvidenceKind evidenceKind;

    /** Whether this evidence is of the kind the task asks for: a LINK task takes only an http(s) link. */
    public boolean accepts(String evidence) {
        return evidenceKind != EvidenceKind.LINK || isWebLink(evidence);
    }

    private static boolean isWebLink(String evidence) {
        try {
            URI uri = URI.create(evidence.trim());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
