package org.mentorship.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.mentorship.application.config.AdmissionsConfig;
import org.mentorship.application.model.Term;
import org.mentorship.application.repository.TermRepository;
import org.mentorship.platform.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Terms (cohorts): their application window, review period and program dates. */
@ApplicationScoped
public class TermService {

    /** What a coordinator sets on a term; reviewDays null means the configured default. */
    public record TermFields(String name, Instant applicationsOpenAt, Instant applicationsCloseAt, Integer reviewDays,
            LocalDate programStart, LocalDate programEnd) {
    }

    private final TermRepository terms;
    private final AdmissionsConfig config;

    TermService(TermRepository terms, AdmissionsConfig config) {
        this.terms = terms;
        this.config = config;
    }

    @Transactional
    public Term create(TermFields fields) {
        Term term = new Term();
        term.id = UUID.randomUUID();
        apply(term, fields);
        terms.persist(term);
        return term;
    }

    @Transactional
    public Term update(UUID id, long expectedVersion, TermFields fields) {
        Term term = get(id);
        Versions.require(term.version, expectedVersion, "Term", id);
        apply(term, fields);
        return term;
    }

    public Term get(UUID id) {
        return terms.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Term", id));
    }

    public PanacheQuery<Term> list(Paging.Request page) {
        return terms.findAll(Sort.descending("applicationsOpenAt").and("id")).page(Page.of(page.page(), page.size()));
    }

    private void apply(Term term, TermFields fields) {
        int reviewDays = fields.reviewDays() == null
                ? Math.max(config.defaultReviewDays(), config.reviewFloorDays()) : fields.reviewDays();
        if (reviewDays < config.reviewFloorDays()) {
            throw ProblemException.unprocessable("review-period-too-short", "Review period too short",
                    "A review period lasts at least " + config.reviewFloorDays() + " days; got " + reviewDays);
        }
        if (!fields.applicationsCloseAt().isAfter(fields.applicationsOpenAt())) {
            throw ProblemException.unprocessable("invalid-term-dates", "Invalid term dates",
                    "Applications must close after they open");
        }
        LocalDate reviewEnd = fields.applicationsCloseAt().plus(java.time.Duration.ofDays(reviewDays))
                .atZone(ZoneOffset.UTC).toLocalDate();
        if (!fields.programStart().isAfter(reviewEnd)) {
            throw ProblemException.unprocessable("invalid-term-dates", "Invalid term dates",
                    "The program starts after the review period ends (" + reviewEnd + ")");
        }
        if (!fields.programEnd().isAfter(fields.programStart())) {
            throw ProblemException.unprocessable("invalid-term-dates", "Invalid term dates",
                    "The program ends after it starts");
        }
        term.name = fields.name();
        term.applicationsOpenAt = fields.applicationsOpenAt();
        term.applicationsCloseAt = fields.applicationsCloseAt();
        term.reviewDays = reviewDays;
        term.programStart = fields.programStart();
        term.programEnd = fields.programEnd();
    }
}
