package org.mentorship.certificate.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.certificate.model.Certificate;
import org.mentorship.certificate.model.CertificateHistory;
import org.mentorship.certificate.model.CertificateStatus;

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

    public void record(CertificateHistory entry) {
        getEntityManager().persist(entry);
    }

    public List<CertificateHistory> history(UUID certificateId) {
        return getEntityManager()
                .createQuery(
                        "from CertificateHistory where certificateId = ?1 order by at, id", CertificateHistory.class)
                .setParameter(1, certificateId)
                .getResultList();
    }

    /**
     * The public list of a term's graduates: valid (not revoked) certificates whose holder opted in on the completion
     * record, by name.
     */
    public PanacheQuery<Certificate> listedGraduates(UUID termId) {
        return find(
                "from Certificate c where c.status = ?1 and exists (select 1 from Completion k where k.id = c.completionId"
                        + " and k.termId = ?2 and k.publiclyListed = true) order by c.menteeName, c.id",
                CertificateStatus.VALID,
                termId);
    }
}
