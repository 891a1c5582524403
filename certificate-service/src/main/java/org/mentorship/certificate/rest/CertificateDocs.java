package org.mentorship.certificate.rest;

/** The long OpenAPI texts and examples of the Certificate operations, referenced from their annotations. */
final class CertificateDocs {

    public static final String VERIFY_CERTIFICATE = """
            Anyone can check a code: the stored facts are checked against their Ed25519 signature on every call. \
            VALID, REVOKED (with reason) or INVALID (the facts were changed since issue: none are vouched for).""";

    public static final String GET_CERTIFICATE_PDF_NOT_FOUND = """
            {"type":"https://mentorship.example.org/problems/not-found","title":"Not found","status":404,
             "detail":"Certificate 2f4e6d8c-0a1b-4c3d-9e5f-7a6b5c4d3e2f does not exist"}""";

    public static final String REVOKE_CERTIFICATE_ALREADY_REVOKED = """
            {"type":"https://mentorship.example.org/problems/certificate-already-revoked","title":"Already revoked",
             "status":409,"detail":"Certificate 2f4e6d8c-0a1b-4c3d-9e5f-7a6b5c4d3e2f was revoked on 2026-06-10T09:00:00Z: Plagiarised contributions"}""";

    public static final String VERIFY_CERTIFICATE_VALID = """
            {"verificationCode":"7KQ2-M9XD-4RTA-JH3C","status":"VALID","valid":true,"signatureValid":true,
             "facts":{"menteeName":"Ana Okafor","projectTitle":"Add structured logging",
              "organization":"Cloud Native Storage Foundation","termName":"Spring 2026","programStart":"2026-03-02",
              "programEnd":"2026-05-29","completedAt":"2026-05-29T10:00:00Z","issuedAt":"2026-05-30T08:00:00Z"},
             "keyId":"ed25519-1","checkedAt":"2026-06-01T12:00:00Z"}""";

    public static final String VERIFY_CERTIFICATE_REVOKED = """
            {"verificationCode":"7KQ2-M9XD-4RTA-JH3C","status":"REVOKED","valid":false,"signatureValid":true,
             "facts":{"menteeName":"Ana Okafor","projectTitle":"Add structured logging",
              "organization":"Cloud Native Storage Foundation","termName":"Spring 2026","programStart":"2026-03-02",
              "programEnd":"2026-05-29","completedAt":"2026-05-29T10:00:00Z","issuedAt":"2026-05-30T08:00:00Z"},
             "revokedAt":"2026-06-10T09:00:00Z","revocationReason":"Plagiarised contributions",
             "keyId":"ed25519-1","checkedAt":"2026-06-11T12:00:00Z"}""";

    public static final String VERIFY_CERTIFICATE_TAMPERED = """
            {"verificationCode":"7KQ2-M9XD-4RTA-JH3C","status":"INVALID","valid":false,"signatureValid":false,
             "keyId":"ed25519-1","checkedAt":"2026-06-11T12:00:00Z"}""";

    public static final String VERIFY_CERTIFICATE_UNKNOWN = """
            {"type":"https://mentorship.example.org/problems/certificate-unknown","title":"Unknown certificate",
             "status":404,"detail":"No Letter of Completion has the verification code 0000-0000-0000-0000"}""";

    private CertificateDocs() {}
}
