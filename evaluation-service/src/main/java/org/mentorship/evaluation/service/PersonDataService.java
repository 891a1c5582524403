package org.mentorship.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.mentorship.contracts.events.PersonErased;
import org.mentorship.contracts.events.PersonSettingsChanged;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.repository.EvaluationRepository;
import org.mentorship.evaluation.repository.MentorshipRepository;
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
    private final MentorshipRepository mentorships;
    private final EvaluationRepository evaluations;

    PersonDataService(
            EntityManager em,
            PersonSettings settings,
            Notices notices,
            MentorshipRepository mentorships,
            EvaluationRepository evaluations) {
        this.em = em;
        this.settings = settings;
        this.notices = notices;
        this.mentorships = mentorships;
        this.evaluations = evaluations;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PersonSettingsChanged changed) {
        settings.apply(changed);
    }

    /**
     * Pseudonymises what this service holds about the person, in the inbox's transaction (so once): as a mentee, her
     * name, e-mail, program output and every free text of her evaluations (comments, her appeal, the reasons of a
     * review or of a submission on behalf, her own evaluation of the mentorship's comment; also in their history) and
     * of her mentorships' end; as a mentor, the e-mail the project gave and the addresses of reminders sent. Ids stay
     * (they are the token's subject, not a name) so the records still add up.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(PersonErased erased) {
        String person = erased.personId();
        String pseudonym = erased.pseudonym();
        String email = pseudonym + "@erased.invalid";
        int changed = update(
                "update mentorship set mentee_name = ?2, mentee_email = ?3, work_product_url = null,"
                        + " final_report = case when final_report is null then null else ?4 end,"
                        + " end_reason = case when end_reason is null then null else ?4 end where mentee_id = ?1",
                person,
                pseudonym,
                email,
                ERASED);
        update(
                "update evaluation set comments_for_mentee = case when comments_for_mentee is null then null else ?2 end,"
                        + " private_comments = case when private_comments is null then null else ?2 end,"
                        + " appeal_statement = case when appeal_statement is null then null else ?2 end,"
                        + " review_reason = case when review_reason is null then null else ?2 end,"
                        + " on_behalf_reason = case when on_behalf_reason is null then null else ?2 end,"
                        + " mentee_comment = case when mentee_comment is null then null else ?2 end"
                        + " where mentorship_id in (select id from mentorship where mentee_id = ?1)",
                person,
                ERASED);
        update(
                "update evaluation_history set comments_for_mentee = case when comments_for_mentee is null then null"
                        + " else ?2 end, private_comments = case when private_comments is null then null else ?2 end,"
                        + " reason = case when reason is null then null else ?2 end where evaluation_id in (select e.id"
                        + " from evaluation e join mentorship m on m.id = e.mentorship_id where m.mentee_id = ?1)",
                person,
                ERASED);
        update("update mentorship_mentor_email set email = ?2 where mentor_id = ?1", person, email);
        update("update reminder set email = ?2 where recipient_id = ?1", person, email);
        settings.erase(person);
        em.clear(); // the entities read before are stale now
        LOG.infof("Erased person %s (request %s): %d mentorships as mentee", person, erased.requestId(), changed);
    }

    /** Everything this service holds about the caller, whatever her role. */
    @Transactional
    public Map<String, Object> data(String person) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("service", "evaluation-service");
        data.put("personId", person);
        data.put("settings", settings.find(person).orElse(null));
        data.put("notices", notices.all(person));
        data.put(
                "asMentee",
                mentorships.ofMentee(person).list().stream().map(this::asMentee).toList());
        data.put(
                "asMentor",
                mentorships.ofMentor(person).list().stream()
                        .map(m -> Map.of(
                                "mentorshipId", m.id,
                                "projectTitle", m.projectTitle,
                                "email", String.valueOf(m.mentorEmails.get(person))))
                        .toList());
        data.put(
                "remindersReceived",
                em
                        .createNativeQuery(
                                "select cast(evaluation_id as varchar), kind, email, due_at, sent_at from reminder"
                                        + " where recipient_id = ?1 order by sent_at")
                        .setParameter(1, person)
                        .getResultList()
                        .stream()
                        .map(row -> {
                            Object[] r = (Object[]) row;
                            return Map.of(
                                    "evaluationId", r[0], "kind", r[1], "email", r[2], "dueAt", r[3], "sentAt", r[4]);
                        })
                        .toList());
        return data;
    }

    /** A mentee's mentorship as she may read it: never the mentors' private comments. */
    private Map<String, Object> asMentee(Mentorship m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("mentorshipId", m.id);
        view.put("projectTitle", m.projectTitle);
        view.put("menteeName", m.menteeName);
        view.put("menteeEmail", m.menteeEmail);
        view.put("status", m.status);
        view.put("workProductUrl", m.workProductUrl);
        view.put("finalReport", m.finalReport);
        view.put(
                "evaluations",
                evaluations.schedule(m.id).stream()
                        .map(e -> {
                            Map<String, Object> ev = new LinkedHashMap<>();
                            ev.put("number", e.number);
                            ev.put("status", e.status);
                            ev.put("outcome", e.outcome);
                            ev.put("commentsForMentee", e.commentsForMentee);
                            ev.put("submittedAt", e.submittedAt);
                            ev.put("appealStatement", e.appealStatement);
                            ev.put("reviewDecision", e.reviewDecision);
                            if (e.menteeFeedbackAt != null) { // hers: her evaluation of the mentorship
                                Map<String, Object> feedback = new LinkedHashMap<>();
                                feedback.put("mentorSupport", e.mentorSupport);
                                feedback.put("hoursWorked", e.hoursWorked);
                                feedback.put("comment", e.menteeComment);
                                feedback.put("givenAt", e.menteeFeedbackAt);
                                ev.put("menteeFeedback", feedback);
                            }
                            return ev;
                        })
                        .toList());
        return view;
    }

    private int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }
}
