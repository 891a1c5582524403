package org.mentorship.certificate.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.certificate.model.Certificate;
import org.mentorship.certificate.model.CertificateHistory;
import org.mentorship.certificate.model.CertificateStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<Certificate, UUID> {

    public Optional<Certificate> findByCode(String code) {
        return find("verificationCode", code).firstResultOptional();
    }

    public Optional<Certificate> findByMentorship(UUID mentorshipId) {
        return find("mentorshipId", mentorshipId).firstResultOptional();
    }

    public List<Certificate> listByMentee(String menteeId) {
        return list("menteeId", Sort.by("issuedAt").descending(), menteeId);
    }

    public PanacheQuery<Certificate> search(CertificateStatus status, String menteeId) {
        StringBuilder where = new StringBuilder("1 = 1");
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (menteeId != null) {
            where.append(" and menteeId = :mentee");
            params.and("mentee", menteeId);
        }
        return find(where.toString(), Sort.by("issuedAt").descending().and("id"), params);
    }

    public long countByStatus(CertificateStatus status) {
        return count("status", status);
    }

    /** Certificates whose mail is still to send, locked so two replicas never mail the same one. */
    @SuppressWarnings("unchecked")
    public List<Certificate> lockUnmailed(int maxAttempts, int limit) {
        return getEntityManager().createNativeQuery("""
                select * from certificate where mailed_at is null and mail_attempts < ?1
                order by issued_at limit ?2 for update skip locked""", Certificate.class)
                .setParameter(1, maxAttempts).setParameter(2, limit).getResultList();
    }

    public void record(CertificateHistory entry) {
        getEntityManager().persist(entry);
    }

    public List<CertificateHistory> history(UUID certificateId) {
        return getEntityManager().createQuery(
                "from CertificateHistory where certificateId = ?1 order by at, id", CertificateHistory.class)
                .setParameter(1, certificateId).getResultList();
    }
}
