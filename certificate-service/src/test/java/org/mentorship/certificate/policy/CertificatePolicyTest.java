package org.mentorship.certificate.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.model.Certificate;
import org.mentorship.certificate.model.CertificateStatus;
import org.mentorship.platform.problem.ProblemException;

/** What a Letter of Completion vouches for: verification, the PDF, the mail and revocation. */
class CertificatePolicyTest {

    @Test
    void aCertificateThatFailsItsSignatureVouchesForNothing() {
        Certificate c = certificate(CertificateStatus.VALID);
        assertThat(CertificatePolicy.verdict(c, false)).isEqualTo("INVALID");
        assertThat(CertificatePolicy.inForce(c, false)).isFalse();
        assertThatThrownBy(() -> CertificatePolicy.requireAuthentic(c, false))
                .extracting(e -> ((ProblemException) e).slug())
                .isEqualTo("certificate-invalid");
        assertThatCode(() -> CertificatePolicy.requireAuthentic(c, true)).doesNotThrowAnyException();
    }

    @Test
    void anAuthenticCertificateIsInForceUntilRevoked() {
        assertThat(CertificatePolicy.verdict(certificate(CertificateStatus.VALID), true))
                .isEqualTo("VALID");
        assertThat(CertificatePolicy.inForce(certificate(CertificateStatus.VALID), true))
                .isTrue();
        assertThat(CertificatePolicy.verdict(certificate(CertificateStatus.REVOKED), true))
                .isEqualTo("REVOKED");
        assertThat(CertificatePolicy.inForce(certificate(CertificateStatus.REVOKED), true))
                .isFalse();
    }

    @Test
    void aCertificateIsRevokedOnceWithWhoWhenAndWhy() {
        Certificate c = certificate(CertificateStatus.VALID);
        Instant now = Instant.parse("2026-06-01T09:00:00Z");
        assertThat(c.revoke("Plagiarised work", "coordinator-1", now)).isEqualTo(CertificateStatus.VALID);
        assertThat(c.status).isEqualTo(CertificateStatus.REVOKED);
        assertThat(c.revokedAt).isEqualTo(now);
        assertThat(c.revokedBy).isEqualTo("coordinator-1");
        assertThat(c.revocationReason).isEqualTo("Plagiarised work");
        assertThatThrownBy(() -> c.revoke("again", "coordinator-2", now))
                .hasMessageEndingWith(": Plagiarised work")
                .extracting(e -> ((ProblemException) e).slug())
                .isEqualTo("certificate-already-revoked");
        assertThat(c.revokedBy).isEqualTo("coordinator-1");
    }

    @Test
    void onlyACertificateInForceIsMailed() {
        assertThat(CertificatePolicy.mailable(certificate(CertificateStatus.VALID)))
                .isTrue();
        assertThat(CertificatePolicy.mailable(certificate(CertificateStatus.REVOKED)))
                .isFalse();
    }

    private static Certificate certificate(CertificateStatus status) {
        Certificate c = new Certificate();
        c.id = UUID.randomUUID();
        c.status = status;
        return c;
    }
}
