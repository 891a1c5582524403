package org.mentorship.certificate.rest;

/** The long OpenAPI texts of the Certificate operations, referenced from their annotations. */
final class CertificateDocs {

    public static final String VERIFY_CERTIFICATE = """
            Anyone can check a code: the stored facts are checked against their Ed25519 signature on every call. \
            VALID, REVOKED (with reason) or INVALID (the facts were changed since issue: none are vouched for).""";

    private CertificateDocs() {}
}
