package org.mentorship.stipend.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Where a mentee's stipend goes. The account is kept encrypted; responses only ever carry {@link #accountMasked}. */
@Entity
@Table(name = "payee")
public class Payee {

    @Id
    @Column(name = "mentee_id")
    public String menteeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "payout_method", nullable = false)
    public PayoutMethod payoutMethod;

    @Column(name = "account_holder", nullable = false)
    public String accountHolder;

    @Column(name = "account_encrypted", nullable = false)
    public String accountEncrypted;

    @Column(name = "account_masked", nullable = false)
    public String accountMasked;

    @Column(name = "bank_code")
    public String bankCode;

    @Column(nullable = false, length = 2)
    public String country;

    /** Where payout notices go; a change of the details is mailed to the old and the new address. */
    public String email;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
