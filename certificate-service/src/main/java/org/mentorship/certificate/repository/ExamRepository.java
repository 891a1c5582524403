package org.mentorship.certificate.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.mentorship.certificate.model.ExamDefinition;
import org.mentorship.certificate.model.ExamPartner;
import org.mentorship.certificate.model.ExamResult;

/** Exam definitions and their results (attempts). */
@ApplicationScoped
public class ExamRepository implements PanacheRepositoryBase<ExamDefinition, UUID> {

    /** The program-wide exams and those of the project. */
    public List<ExamDefinition> applicableTo(UUID projectId) {
        if (projectId == null) {
            return list("projectId is null", Sort.by("createdAt").and("id"));
        }
        return list("projectId is null or projectId = ?1", Sort.by("createdAt").and("id"), projectId);
    }

    public PanacheQuery<ExamDefinition> search(UUID projectId) {
        if (projectId == null) {
            return findAll(Sort.by("createdAt").and("id"));
        }
        return find("projectId is null or projectId = ?1", Sort.by("createdAt").and("id"), projectId);
    }

    public boolean isPartnerOf(UUID examId, String partnerId) {
        return getEntityManager().find(ExamPartner.class, new ExamPartner.Key(examId, partnerId)) != null;
    }

    public List<ExamPartner> partners(UUID examId) {
        return getEntityManager()
                .createQuery(
                        "from ExamPartner where key.examId = ?1 order by grantedAt, key.partnerId", ExamPartner.class)
                .setParameter(1, examId)
                .getResultList();
    }

    /** Registers the partner unless it is already: the earlier registration (who, when) stays. */
    public ExamPartner register(ExamPartner partner) {
        ExamPartner existing = getEntityManager().find(ExamPartner.class, partner.key);
        if (existing != null) {
            return existing;
        }
        getEntityManager().persist(partner);
        return partner;
    }

    public boolean unregister(UUID examId, String partnerId) {
        return getEntityManager()
                        .createQuery("delete from ExamPartner where key.examId = ?1 and key.partnerId = ?2")
                        .setParameter(1, examId)
                        .setParameter(2, partnerId)
                        .executeUpdate()
                > 0;
    }

    public void persistResult(ExamResult result) {
        getEntityManager().persist(result);
    }

    public List<ExamResult> results(UUID mentorshipId) {
        return getEntityManager()
                .createQuery("from ExamResult where mentorshipId = ?1 order by recordedAt, id", ExamResult.class)
                .setParameter(1, mentorshipId)
                .getResultList();
    }
}
