package org.mentorship.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** What the mentee signed, exactly as it was: never updated (the database refuses it too). */
@Entity
@Immutable
@Table(name = "contract_signature")
public class ContractSignature {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "contract_version", nullable = false)
    public String contractVersion;

    @Column(name = "contract_text", nullable = false)
    public String contractText;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;

    @Column(name = "client_address", nullable = false)
    public String clientAddress;

    /** The applicant's country (ISO 3166 alpha-2) when signing; null on signatures older than this column. */
    @Column(length = 2)
    public String country;

    /** The signed contract as it stood: text, version, legal name and time, never changed afterwards. */
    public static ContractSignature snapshot(
            UUID applicationId,
            String contractVersion,
            String contractText,
            String legalName,
            Instant signedAt,
            String clientAddress,
            String country) {
        ContractSignature signature = new ContractSignature();
        signature.applicationId = applicationId;
        signature.contractVersion = contractVersion;
        signature.contractText = contractText;
        signature.legalName = legalName.trim();
        signature.signedAt = signedAt;
        signature.clientAddress = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
        signature.country = country;
        return signature;
    }
}
