package org.mentorship.platform.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's time zone and channel per notice kind, as this service last heard them. */
@Entity
@Table(name = "person_setting")
public class PersonSetting {

    @Id
    @Column(name = "person_id")
    public String personId;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** Notice kind (wire name) to channel (wire name). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> channels;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
