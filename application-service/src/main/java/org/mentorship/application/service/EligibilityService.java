package org.mentorship.application.service;

import static org.mentorship.application.problem.ApplicationProblems.ELIGIBILITY_ALREADY_ANSWERED;
import static org.mentorship.application.problem.ApplicationProblems.ELIGIBILITY_NOT_ANSWERED;
import static org.mentorship.application.problem.ApplicationProblems.UNKNOWN_COUNTRY;
import static org.mentorship.application.problem.ApplicationProblems.VERSION_REQUIRED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mentorship.application.model.EligibilityAnswer;
import org.mentorship.application.model.EligibilityRules;
import org.mentorship.application.policy.EligibilityPolicy;
import org.mentorship.application.repository.EligibilityAnswerRepository;
import org.mentorship.application.repository.EligibilityRulesRepository;
import org.mentorship.application.repository.TermRepository;
import org.mentorship.platform.lock.TransactionLocks;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;

/** A term's eligibility rules (coordinators) and each applicant's one answer to its questions (issue 18). */
@ApplicationScoped
public class EligibilityService {

    /** What a coordinator sets; null (or an empty list) turns a rule off. */
    public record RuleFields(
            Integer minHoursPerWeek,
            boolean adultsOnly,
            List<String> paidCountries,
            Integer flagOtherCommitmentsOverHours) {}

    /** What an applicant answers. */
    public record AnswerFields(
            int hoursPerWeek, String otherCommitments, int otherCommitmentHours, boolean over18, String country) {}

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final EligibilityRulesRepository rules;
    private final EligibilityAnswerRepository answers;
    private final TermRepository terms;
    private final TransactionLocks locks;
    private final Caller caller;
    private final Clock clock;

    EligibilityService(
            EligibilityRulesRepository rules,
            EligibilityAnswerRepository answers,
            TermRepository terms,
            TransactionLocks locks,
            Caller caller,
            Clock clock) {
        this.rules = rules;
        this.answers = answers;
        this.terms = terms;
        this.locks = locks;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Sets the term's rules: the first time without a version, afterwards with the version read (409 stale-write).
     * They apply to applications submitted from now on; earlier ones keep the flags they were submitted with.
     */
    @Transactional
    public EligibilityRules setRules(UUID termId, Long expectedVersion, RuleFields fields) {
        requireTerm(termId);
        fields.paidCountries().forEach(EligibilityService::requireCountry);
        locks.hold("eligibility-rules:" + termId); // two first settings at once: the second one finds the first
        EligibilityRules current = rules.findByIdOptional(termId).orElse(null);
        boolean first = current == null;
        if (first) {
            current = EligibilityRules.of(termId);
        } else if (expectedVersion == null) {
            throw VERSION_REQUIRED.with("The term has eligibility rules: send the version you read");
        } else {
            Versions.require(current.version, expectedVersion, "Eligibility rules of term", termId);
        }
        current.set(
                fields.minHoursPerWeek(),
                fields.adultsOnly(),
                fields.paidCountries(),
                fields.flagOtherCommitmentsOverHours(),
                caller.userId(),
                clock.instant());
        if (first) {
            rules.persist(current);
        }
        return current;
    }

    /** The term's rules (and so its questions); 404 when the term asks nothing. */
    public EligibilityRules rules(UUID termId) {
        requireTerm(termId);
        return rules.findByIdOptional(termId)
                .orElseThrow(() -> ProblemException.notFound("Eligibility rules of term", termId));
    }

    /** The caller's one answer for the term: a second one is refused and the first stands. */
    @Transactional
    public EligibilityAnswer answer(UUID termId, AnswerFields fields) {
        requireTerm(termId);
        String person = caller.userId();
        requireCountry(fields.country());
        // Two answers sent at once: the second waits here and then finds the first (the unique key is the backstop).
        locks.hold("eligibility:" + termId + ":" + person);
        if (answers.of(person, termId).isPresent()) {
            throw ELIGIBILITY_ALREADY_ANSWERED.with(
                    "You answered this term's eligibility questions before; the first answer stands");
        }
        EligibilityAnswer answer = EligibilityAnswer.of(
                termId,
                person,
                fields.hoursPerWeek(),
                fields.otherCommitments(),
                fields.otherCommitmentHours(),
                fields.over18(),
                fields.country(),
                clock.instant());
        answers.persist(answer);
        return answer;
    }

    /** The caller's answer for the term (404 eligibility-not-answered when there is none). */
    public EligibilityAnswer myAnswer(UUID termId) {
        requireTerm(termId);
        return answers.of(caller.userId(), termId)
                .orElseThrow(() -> ELIGIBILITY_NOT_ANSWERED.with(
                        "You have not answered the eligibility questions of term " + termId));
    }

    /**
     * The applying check, inside the applying transaction: refuses (not-eligible, eligibility-unanswered) or returns
     * the flags the application carries.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> assess(String person, UUID termId) {
        Optional<EligibilityRules> termRules = rules.findByIdOptional(termId);
        if (termRules.isEmpty()) {
            return List.of(); // no second read for a term that asks nothing
        }
        return EligibilityPolicy.assess(termRules, answers.of(person, termId));
    }

    private void requireTerm(UUID termId) {
        if (terms.findByIdOptional(termId).isEmpty()) {
            throw ProblemException.notFound("Term", termId);
        }
    }

    private static void requireCountry(String country) {
        if (country == null || !COUNTRIES.contains(country.trim().toUpperCase(Locale.ROOT))) {
            throw UNKNOWN_COUNTRY.with("'" + country + "' is not an ISO 3166-1 alpha-2 country code");
        }
    }
}
