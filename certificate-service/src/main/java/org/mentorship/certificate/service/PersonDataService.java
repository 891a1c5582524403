package org.mentorship.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.mentorship.certificate.repository.CertificateRepository;
import org.mentorship.certificate.repository.CompletionRepository;
import org.mentorship.certificate.repository.ExamRepository;
import org.mentorship.certificate.repository.SurveyRepository;
import org.mentorship.contracts.events.PersonErased;
import org.mentorship.contracts.events.PersonSettingsChanged;
import org.mentorship.platform.notice.Notices;
import org.mentorship.platform.person.PersonSettings;

/**
 * A person's data here (issue 19, item 6): their settings as application-service announces them, their erasure,
 * and the export of everything this service holds about them.
 */
@ApplicationScoped
public class PersonDataService {

    /** What replaces an erased free text. */
    static final String ERASED = "(erased)";

    private static final Logger LOG = Logger.getLogger(PersonDataService.class);

    private final EntityManager em;
    private final PersonSettings settings;
    private final Notices notices;
    private final CompletionRepository completions;
    private final CertificateRepository certificates;
    private final ExamRepository exams;
    private final SurveyRepository surveys;

    PersonDataService(
            EntityManager em,
            PersonSettings settings,
            Notices notices,
            CompletionRepository completions,
            CertificateRepository certificates,
            ExamRepository exams,
            SurveyRepository surveys) {
        this.em = em;
        this.settings = settings;
        this.notices = notices;
        this.completions = completions;
        this.certificates = certificates;
        this.exams = exams;
        this.surveys = surveys;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PersonSettingsChanged changed) {
        settings.apply(changed);
    }

    /**
     * Pseudonymises the person's completion records (name, e-mail, program output; no longer publicly listed) and the
     * free-text answers of their survey, in the inbox's transaction (so once). An issued Letter of Completion keeps
     * its holder's name and its verification data: they are signed facts that anyone holding the letter must still
     * be able to verify (and revocation needs them too); only the letter's e-mail address, which is not signed, goes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(PersonErased erased) {
        String person = erased.personId();
        String email = erased.pseudonym() + "@erased.invalid";
        int records = update(
                "update completion set mentee_name = case when mentee_name is null then null else ?2 end,"
                        + " mentee_email = case when mentee_email is null then null else ?3 end,"
                        + " work_product_url = null, final_report = case when final_report is null then null else ?4 end,"
                        + " publicly_listed = false where mentee_id = ?1",
                person,
                erased.pseudonym(),
                email,
                ERASED);
        // A TEXT question's answer is free text about (or by) the person; ratings and choices stay for the results.
        update(
                "update survey_answer a set answers = (select coalesce(jsonb_object_agg(e.key, case when exists"
                        + " (select 1 from survey_version v, jsonb_array_elements(v.questions) q"
                        + " where v.id = a.survey_version_id and q->>'key' = e.key and q->>'kind' = 'TEXT')"
                        + " then to_jsonb(cast(?2 as text)) else e.value end), '{}'::jsonb)"
                        + " from jsonb_each(a.answers) e) where a.mentee_id = ?1",
                person,
                ERASED);
        update("update certificate set mentee_email = ?2 where mentee_id = ?1", person, email);
        settings.erase(person);
        em.clear();
        LOG.infof("Erased person %s (request %s): %d completion records", person, erased.requestId(), records);
    }

    /** Everything this service holds about the caller, whatever her role. */
    @Transactional
    public Map<String, Object> data(String person) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("service", "certificate-service");
        data.put("personId", person);
        data.put("settings", settings.find(person).orElse(null));
        data.put("notices", notices.all(person));
        data.put(
                "completions",
                completions.listByMentee(person).stream()
                        .map(c -> {
                            Map<String, Object> view = new LinkedHashMap<>();
                            view.put("mentorshipId", c.mentorshipId);
                            view.put("status", c.status);
                            view.put("menteeName", c.menteeName);
                            view.put("menteeEmail", c.menteeEmail);
                            view.put("projectTitle", c.projectTitle);
                            view.put("termName", c.termName);
                            view.put("workProductUrl", c.workProductUrl);
                            view.put("finalReport", c.finalReport);
                            view.put("requirementsDueAt", c.requirementsDueAt);
                            view.put("publiclyListed", c.publiclyListed);
                            view.put(
                                    "examResults",
                                    exams.results(c.mentorshipId).stream()
                                            .map(r -> Map.of("examId", r.examId, "score", r.score, "passed", r.passed))
                                            .toList());
                            view.put(
                                    "surveyAnswers",
                                    surveys.answerOf(c.mentorshipId)
                                            .map(a -> a.answers)
                                            .orElse(null));
                            return view;
                        })
                        .toList());
        data.put(
                "certificates",
                certificates.listByMentee(person).stream()
                        .map(c -> Map.of(
                                "id", c.id,
                                "menteeName", c.menteeName,
                                "menteeEmail", c.menteeEmail,
                                "verificationCode", c.verificationCode,
                                "status", c.status))
                        .toList());
        return data;
    }

    private int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }
}
