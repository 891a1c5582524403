package org.mentorship.stipend.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One payout file handed to finance: the payments it carries are EXPORTED with its id, and the file is kept. */
@Entity
@Table(name = "export_batch")
public class ExportBatch {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String format;

    @Column(name = "exported_by", nullable = false)
    public String exportedBy;

    @Column(name = "exported_at", nullable = false)
    public Instant exportedAt;

    @Column(nullable = false)
    public int payments;

    /** The file exactly as first produced, encrypted (it carries whole account numbers); null for older batches. */
    @Column(name = "content_encrypted")
    public String contentEncrypted;
}
