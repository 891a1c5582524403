package org.mentorship.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person's request to be forgotten, kept once carried out: the record that it was asked and when it was done. */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {

    /** Who started it: the person, or the retention job for applicants never accepted. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ErasureOrigin")
    public enum Origin {
        PERSON,
        RETENTION
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String person;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "carried_out_at")
    public Instant carriedOutAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;

    public static ErasureRequest of(String person, Origin origin, Instant at) {
        ErasureRequest request = new ErasureRequest();
        request.id = UUID.randomUUID();
        request.person = person;
        request.requestedAt = at;
        request.origin = origin;
        return request;
    }

    /** What replaces the person's name everywhere: {@code erased-} and the first 8 characters of the request id. */
    public String pseudonym() {
        return "erased-" + id.toString().substring(0, 8);
    }
}
