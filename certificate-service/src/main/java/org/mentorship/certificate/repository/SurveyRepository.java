package org.mentorship.certificate.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.certificate.model.SurveyAnswer;
import org.mentorship.certificate.model.SurveyVersion;
import org.mentorship.platform.lock.TransactionLocks;

/** Survey versions and answers. */
@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<SurveyVersion, UUID> {

    private final TransactionLocks locks;

    SurveyRepository(TransactionLocks locks) {
        this.locks = locks;
    }

    public Optional<SurveyVersion> current() {
        return find("order by version desc").firstResultOptional();
    }

    public Optional<SurveyVersion> byVersion(int version) {
        return find("version", version).firstResultOptional();
    }

    public List<SurveyVersion> allVersions() {
        return listAll(Sort.by("version"));
    }

    public int nextVersion() {
        Integer max = getEntityManager()
                .createQuery("select max(version) from SurveyVersion", Integer.class)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Serialises the creation of survey versions (the unique key on version backs it up). */
    public void lockVersions() {
        locks.hold("survey_version");
    }

    public void persistAnswer(SurveyAnswer answer) {
        getEntityManager().persist(answer);
    }

    public Optional<SurveyAnswer> answerOf(UUID mentorshipId) {
        return getEntityManager()
                .createQuery("from SurveyAnswer where mentorshipId = ?1", SurveyAnswer.class)
                .setParameter(1, mentorshipId)
                .getResultStream()
                .findFirst();
    }

    /** An answer given before the onboarding facts arrived gets its project now (for per-project results). */
    public void assignProject(UUID mentorshipId, UUID projectId) {
        getEntityManager()
                .createQuery("update SurveyAnswer set projectId = ?1 where mentorshipId = ?2 and projectId is null")
                .setParameter(1, projectId)
                .setParameter(2, mentorshipId)
                .executeUpdate();
    }

    public List<SurveyAnswer> answers(UUID versionId, UUID projectId) {
        if (projectId == null) {
            return getEntityManager()
                    .createQuery("from SurveyAnswer where surveyVersionId = ?1", SurveyAnswer.class)
                    .setParameter(1, versionId)
                    .getResultList();
        }
        return getEntityManager()
                .createQuery("from SurveyAnswer where surveyVersionId = ?1 and projectId = ?2", SurveyAnswer.class)
                .setParameter(1, versionId)
                .setParameter(2, projectId)
                .getResultList();
    }
}
