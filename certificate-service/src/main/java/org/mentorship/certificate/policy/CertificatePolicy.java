package org.mentorship.certificate.policy;

import static org.mentorship.certificate.problem.CertificateProblems.CERTIFICATE_ALREADY_REVOKED;
import static org.mentorship.certificate.problem.CertificateProblems.CERTIFICATE_INVALID;

import org.mentorship.certificate.model.Certificate;
import org.mentorship.certificate.model.CertificateStatus;

/**
 * What a Letter of Completion vouches for (stage 6): verification, the PDF, the mail and revocation.
 * <ol>
 * <li>a certificate whose stored facts no longer match their signature vouches for nothing: its verification says
 * INVALID with no facts, and no PDF is made of it;</li>
 * <li>an authentic certificate is in force until revoked; a revoked one still verifies as authentic (REVOKED, with
 * when and why), but not as in force;</li>
 * <li>a coordinator revokes a certificate once, with a reason, never their own (self-dealing);</li>
 * <li>only a certificate in force is mailed to the mentee; one revoked before its mail left is withheld.</li>
 * </ol>
 */
public final class CertificatePolicy {

    /** The verification status of a certificate whose signature does not match. */
    public static final String INVALID = "INVALID";

    /** VALID, REVOKED or INVALID. */
    public static String verdict(Certificate c, boolean signatureValid) {
        return signatureValid ? c.status.name() : INVALID;
    }

    public static boolean inForce(Certificate c, boolean signatureValid) {
        return signatureValid && c.status != CertificateStatus.REVOKED;
    }

    public static void requireAuthentic(Certificate c, boolean signatureValid) {
        if (!signatureValid) {
            throw CERTIFICATE_INVALID.with(
                    "The stored facts of certificate " + c.id + " do not match their signature; contact the program");
        }
    }

    public static void requireRevocable(Certificate c) {
        if (c.status == CertificateStatus.REVOKED) {
            throw CERTIFICATE_ALREADY_REVOKED.with(
                    "Certificate " + c.id + " was revoked on " + c.revokedAt + ": " + c.revocationReason);
        }
    }

    public static boolean mailable(Certificate c) {
        return c.status == CertificateStatus.VALID;
    }

    private CertificatePolicy() {}
}
