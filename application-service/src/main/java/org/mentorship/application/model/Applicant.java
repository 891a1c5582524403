package org.mentorship.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The signed-in person's profile as an applicant; keyed by their user id (the token subject). */
@Entity
@Table(name = "applicant")
public class Applicant {

    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    public String phone;

    /**
     * A copy of the person's settings (platform PersonSettings: the channel of decisions, and the time zone below),
     * kept in step by ProfileService; what is shown and acted on is read from the settings.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact", nullable = false)
    public ContactPreference preferredContact;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(nullable = false)
    public String country;

    /** Set when the name, e-mail, phone and free texts were replaced by the erasure's pseudonym. */
    @Column(name = "erased_at")
    public java.time.Instant erasedAt;

    @Version
    public long version;
}
