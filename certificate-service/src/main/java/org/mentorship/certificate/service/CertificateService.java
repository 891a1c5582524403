package org.mentorship.certificate.service;

import static org.mentorship.certificate.problem.CertificateProblems.CERTIFICATE_UNKNOWN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.certificate.config.CertificateConfig;
import org.mentorship.certificate.model.Certificate;
import org.mentorship.certificate.model.CertificateHistory;
import org.mentorship.certificate.model.CertificateStatus;
import org.mentorship.certificate.model.Completion;
import org.mentorship.certificate.repository.CertificateRepository;
import org.mentorship.contracts.events.CertificateIssued;
import org.mentorship.contracts.events.CertificateRevoked;
import org.mentorship.platform.notice.Notices;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.platform.person.NoticeKind;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.SeparationOfDuties;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/** Issues, revokes and verifies Letters of Completion. */
@ApplicationScoped
public class CertificateService {

    private static final Logger LOG = Logger.getLogger(CertificateService.class);

    /** What a verification found; {@code certificate} is empty for an unknown code. */
    public record Verification(Certificate certificate, boolean signatureValid) {}

    private final CertificateRepository certificates;
    private final CertificateSigner signer;
    private final CertificateConfig config;
    private final Outbox outbox;
    private final Notices notices;
    private final Clock clock;

    CertificateService(
            CertificateRepository certificates,
            CertificateSigner signer,
            CertificateConfig config,
            Outbox outbox,
            Notices notices,
            Clock clock) {
        this.notices = notices;
        this.certificates = certificates;
        this.signer = signer;
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Issues the mentorship's certificate unless it has one. The caller holds the completion record's row lock
     * and has checked every requirement; the unique key on mentorship_id backs this up.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Certificate issue(Completion completion, String actor) {
        Optional<Certificate> existing = certificates.findByMentorship(completion.mentorshipId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Certificate c = new Certificate();
        c.id = UUID.randomUUID();
        c.mentorshipId = completion.mentorshipId;
        c.completionId = completion.id;
        c.menteeId = completion.menteeId;
        c.menteeName = completion.menteeName;
        c.menteeEmail = completion.menteeEmail;
        c.termName = completion.termName;
        c.projectTitle = completion.projectTitle;
        c.organization = completion.organization;
        c.programStart = completion.programStart;
        c.programEnd = completion.programEnd;
        c.workProductUrl = completion.workProductUrl;
        // Whole seconds: what is signed must be exactly what the database gives back.
        c.completedAt = completion.mentorshipCompletedAt.truncatedTo(ChronoUnit.SECONDS);
        c.issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        c.verificationCode = VerificationCodes.next();
        c.verificationUrl = config.verifyBaseUrl() + c.verificationCode;
        c.keyId = signer.keyId();
        c.signature = signer.sign(CertificateContent.of(c).canonicalBytes());
        c.status = CertificateStatus.VALID;
        certificates.persist(c);
        certificates.record(CertificateHistory.of(c, null, c.issuedAt, actor, "Every requirement met"));
        outbox.publish(new CertificateIssued(
                c.id, c.mentorshipId, c.menteeId, c.verificationCode, c.verificationUrl, c.issuedAt));
        // The letter itself goes by mail (CertificateMail, a mandatory kind); the feed says it was issued.
        notices.notify(
                c.menteeId,
                NoticeKind.CERTIFICATE,
                "Your Letter of Completion: " + c.projectTitle,
                "Your Letter of Completion for '" + c.projectTitle + "' (" + c.termName + ") was issued. Anyone can "
                        + "verify it at " + c.verificationUrl + "; GET /api/v1/certificates/" + c.id
                        + "/pdf downloads it.");
        LOG.infof("Issued certificate %s (%s) for mentorship %s", c.id, c.verificationCode, c.mentorshipId);
        return c;
    }

    @Transactional
    public Certificate revoke(UUID id, String reason, String actor) {
        Certificate c =
                certificates.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Certificate", id));
        SeparationOfDuties.requireNotSelf(actor, c.menteeId, "revoke this certificate");
        Instant now = clock.instant();
        CertificateStatus from = c.revoke(reason, actor, now);
        certificates.record(CertificateHistory.of(c, from, now, actor, reason));
        outbox.publish(new CertificateRevoked(c.id, c.mentorshipId, c.verificationCode, reason, now));
        return c;
    }

    /** Looks the code up and checks the signature of the stored facts (every time: a changed row is caught). */
    @Transactional
    public Verification verify(String code) {
        Certificate c = certificates
                .findByCode(VerificationCodes.normalise(code))
                .orElseThrow(
                        () -> CERTIFICATE_UNKNOWN.with("No Letter of Completion has the verification code " + code));
        return new Verification(c, signatureValid(c));
    }

    public boolean signatureValid(Certificate c) {
        return signer.verify(CertificateContent.of(c).canonicalBytes(), c.signature, c.keyId);
    }

    @Transactional
    public Certificate get(UUID id) {
        return certificates.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Certificate", id));
    }

    @Transactional
    public Page<Certificate> search(CertificateStatus status, String menteeId, PageRequest page) {
        return Page.of(certificates.search(status, menteeId), page, c -> c);
    }

    @Transactional
    public List<CertificateHistory> history(UUID id) {
        return certificates.history(id);
    }
}
