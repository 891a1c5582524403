package org.mentorship.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Replaces what application-service holds about a person with a pseudonym: the applicant's name, e-mail and phone,
 * their free texts (motivation, prerequisite evidence and the comments on it, their own withdrawal reasons), the
 * mails and call scripts addressed to them, a mentor's project e-mail and a reviewer's score comments; their eligibility answers are deleted.
 * Kept: ids, statuses and dates (the program's counts and the other services' records refer to them) and the signed
 * contract, which is immutable evidence of the agreement that evaluations and payments were made under. Running it
 * again changes nothing more.
 */
@ApplicationScoped
public class Pseudonyms {

    /** An address that is never delivered (RFC 2606): a mail still queued for the person goes nowhere. */
    static final String DOMAIN = "@erased.invalid";

    static final String ERASED_TEXT = "(erased)";

    private final EntityManager em;

    Pseudonyms(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String person, String pseudonym, Instant at) {
        update("""
                update applicant set name = ?2, email = ?3, phone = null, preferred_contact = 'EMAIL',
                       erased_at = ?4, version = version + 1
                where user_id = ?1 and erased_at is null""", person, pseudonym, pseudonym + DOMAIN, at);
        update("update application set motivation = null where applicant_id = ?1", person);
        update("""
                update application_prerequisite set evidence = null, review_comment = null
                where application_id in (select id from application where applicant_id = ?1)""", person);
        update("update application_history set reason = null where actor = ?1", person);
        update("""
                update notification set recipient = ?2, body = ?3,
                       last_error = case when state = 'PENDING' then 'erased before it was sent' else null end,
                       state = case when state = 'PENDING' then 'FAILED' else state end,
                       claimed_by = null, lease_until = null
                where application_id in (select id from application where applicant_id = ?1)""", person, pseudonym + DOMAIN, ERASED_TEXT);
        update("update call_task set phone = ?2, script = ?3 where applicant_id = ?1", person, pseudonym, ERASED_TEXT);
        update("delete from project_mentor_email where mentor_id = ?1", person);
        // A reviewer's comments are hers; her points stay, as the decisions made on them do.
        update("update application_score set comment = null where reviewer = ?1", person);
        // Answers about age, country, hours and other commitments serve only applying: nothing needs them after.
        update("delete from eligibility_answer where person = ?1", person);
    }

    private void update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
