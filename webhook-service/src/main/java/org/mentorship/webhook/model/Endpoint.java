package org.mentorship.webhook.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A partner's endpoint: the URL its events go to, the types it asked for and the secret they are signed with. */
@Entity
@Table(name = "webhook_endpoint")
public class Endpoint {

    @Id
    public UUID id;

    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    @Column(nullable = false)
    public String url;

    public String description;

    /** {@code whsec_<base64>}, as issued: needed to sign every request, so it cannot be kept hashed. */
    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_endpoint_type", joinColumns = @JoinColumn(name = "endpoint_id"))
    @Column(name = "event_type")
    public Set<String> eventTypes = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
