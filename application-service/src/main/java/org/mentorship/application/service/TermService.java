package org.mentorship.application.service;

import static org.mentorship.application.problem.ApplicationProblems.INVALID_TERM_DATES;
import static org.mentorship.application.problem.ApplicationProblems.TERM_HAS_APPLICATIONS;
import static org.mentorship.application.problem.ApplicationProblems.TERM_HAS_MENTORSHIPS;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.mentorship.application.model.Project;
import org.mentorship.application.model.Term;
import org.mentorship.application.policy.AnnouncementPolicy;
import org.mentorship.application.policy.ProjectSchedulePolicy;
import org.mentorship.application.policy.ReviewPolicy;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.application.repository.TermRepository;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.web.PageRequest;

/** Terms (cohorts): their application window, review period and program dates. */
@ApplicationScoped
public class TermService {

    /** What a coordinator sets on a term; reviewDays null means the configured default. */
    public record TermFields(
            String name,
            Instant applicationsOpenAt,
            Instant applicationsCloseAt,
            Integer reviewDays,
            LocalDate programStart,
            LocalDate programEnd,
            Instant announceAt) {}

    private final TermRepository terms;
    private final ApplicationRepository applications;
    private final ProjectRepository projects;
    private final Announcements announcements;
    private final ReviewPolicy review;
    private final Clock clock;

    TermService(
            TermRepository terms,
            ApplicationRepository applications,
            ProjectRepository projects,
            Announcements announcements,
            ReviewPolicy review,
            Clock clock) {
        this.terms = terms;
        this.applications = applications;
        this.projects = projects;
        this.announcements = announcements;
        this.review = review;
        this.clock = clock;
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
        requireFairChange(term, fields);
        AnnouncementPolicy.requireMovable(term.announceAt, fields.announceAt(), clock.instant());
        Instant announcedBefore = term.announceAt;
        apply(term, fields);
        // Projects with their own dates stay within the term's (ProjectSchedulePolicy, 422 schedule-outside-term).
        for (Project project : projects.list("termId", term.id)) {
            if (!project.scheduleFields().followsTerm()) {
                ProjectSchedulePolicy.requireWithinTerm(project.schedule(term), term.programStart, term.programEnd);
            }
        }
        announcements.moved(term, announcedBefore, term.announceAt);
        return term;
    }

    /**
     * Once people applied, a change must not take away what they were promised: the window's opening and a
     * shorter window or review are fixed; once a mentee is onboarded, so are the program dates (the other services
     * scheduled evaluations and stipends on them).
     */
    private void requireFairChange(Term term, TermFields fields) {
        if (applications.countInTerm(term.id) == 0) {
            return;
        }
        int reviewDays = fields.reviewDays() == null ? term.reviewDays : fields.reviewDays();
        // Within a microsecond counts as the same instant: PostgreSQL keeps microseconds, rounded.
        long opensMoved = Duration.between(term.applicationsOpenAt, fields.applicationsOpenAt())
                .toNanos();
        long closesMoved = Duration.between(term.applicationsCloseAt, fields.applicationsCloseAt())
                .toNanos();
        if (Math.abs(opensMoved) >= 1_000 || closesMoved <= -1_000 || reviewDays < term.reviewDays) {
            throw TERM_HAS_APPLICATIONS.with(
                    "People applied to this term: its opening is fixed and the application window and review period "
                            + "can only be extended");
        }
        boolean datesMoved = !fields.programStart().equals(term.programStart)
                || !fields.programEnd().equals(term.programEnd);
        if (datesMoved && applications.countOnboardedInTerm(term.id) > 0) {
            throw TERM_HAS_MENTORSHIPS.with("Mentees of this term are onboarded: its program dates are fixed");
        }
    }

    public Term get(UUID id) {
        return terms.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Term", id));
    }

    public PanacheQuery<Term> list(PageRequest page) {
        return terms.findAll(Sort.descending("applicationsOpenAt").and("id")).page(Page.of(page.page(), page.size()));
    }

    private void apply(Term term, TermFields fields) {
        int reviewDays = review.reviewDays(fields.reviewDays());
        if (!fields.applicationsCloseAt().isAfter(fields.applicationsOpenAt())) {
            throw INVALID_TERM_DATES.with("Applications must close after they open");
        }
        LocalDate reviewEnd = ReviewPolicy.reviewEndsAt(fields.applicationsCloseAt(), reviewDays)
                .atZone(ZoneOffset.UTC)
                .toLocalDate();
        if (!fields.programStart().isAfter(reviewEnd)) {
            throw INVALID_TERM_DATES.with("The program starts after the review period ends (" + reviewEnd + ")");
        }
        if (!fields.programEnd().isAfter(fields.programStart())) {
            throw INVALID_TERM_DATES.with("The program ends after it starts");
        }
        AnnouncementPolicy.requireValid(fields.announceAt(), fields.applicationsCloseAt());
        term.name = fields.name();
        term.applicationsOpenAt = fields.applicationsOpenAt();
        term.applicationsCloseAt = fields.applicationsCloseAt();
        term.reviewDays = reviewDays;
        term.programStart = fields.programStart();
        term.programEnd = fields.programEnd();
        term.announceAt = fields.announceAt();
    }
}
