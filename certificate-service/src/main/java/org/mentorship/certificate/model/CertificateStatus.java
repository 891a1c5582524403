package org.mentorship.certificate.model;

/** VALID -> REVOKED (a coordinator, with a reason). Never back. */
public enum CertificateStatus {
    VALID,
    REVOKED
}
