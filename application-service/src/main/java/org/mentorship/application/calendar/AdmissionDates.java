package org.mentorship.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.mentorship.application.calendar.CalendarEntry.Status;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.model.Project;
import org.mentorship.application.model.Term;

/**
 * The dates of this service's own in a person's calendar, read from its tables when the feed is served: the review
 * end of each term they applied to or mentor a project in, and the prerequisites due by it. SEQUENCE follows the
 * rows' versions, which only grow, so a moved review end or a withdrawn application reaches the calendar app.
 */
@ApplicationScoped
class AdmissionDates {

    private final EntityManager em;

    AdmissionDates(EntityManager em) {
        this.em = em;
    }

    List<CalendarEntry> of(String personId) {
        List<CalendarEntry> entries = new ArrayList<>();
        List<Object[]> applied = em.createQuery(
                        "select a, t, p from Application a, Term t, Project p"
                                + " where a.applicantId = :person and t.id = a.termId and p.id = a.projectId"
                                + " order by a.submittedAt, a.id",
                        Object[].class)
                .setParameter("person", personId)
                .getResultList();
        for (Object[] row : applied) {
            Application application = (Application) row[0];
            Term term = (Term) row[1];
            Project project = (Project) row[2];
            entries.add(reviewEnd(
                    term,
                    "Review of applications to " + term.name
                            + " ends: prerequisites are reviewed and decisions made until then."));
            if (!project.prerequisites.isEmpty()) {
                boolean over = application.status == ApplicationStatus.WITHDRAWN
                        || application.status == ApplicationStatus.REJECTED;
                entries.add(new CalendarEntry(
                        "prerequisites-" + application.id + "@mentorship",
                        CalendarKind.PREREQUISITES_DUE,
                        "Prerequisites due: " + project.title,
                        "The " + project.prerequisites.size() + " prerequisite task(s) of your application to "
                                + project.title + " (" + project.organization
                                + ") must be handed in and approved by the end of review.",
                        term.reviewEndsAt(),
                        null,
                        false,
                        (int) (term.version + application.version),
                        over ? Status.CANCELLED : Status.CONFIRMED));
            }
        }
        List<Term> mentored = em.createQuery(
                        "select t from Term t where t.id in"
                                + " (select p.termId from Project p join p.mentorIds m where m = :person)"
                                + " order by t.applicationsCloseAt, t.id",
                        Term.class)
                .setParameter("person", personId)
                .getResultList();
        for (Term term : mentored) {
            entries.add(reviewEnd(
                    term,
                    "Review of applications to " + term.name
                            + " ends: prerequisite reviews and recommendations for your projects are due by then."));
        }
        return entries;
    }

    private static CalendarEntry reviewEnd(Term term, String description) {
        return new CalendarEntry(
                "review-" + term.id + "@mentorship",
                CalendarKind.REVIEW_END,
                "Review ends: " + term.name,
                description,
                term.reviewEndsAt(),
                null,
                false,
                (int) term.version,
                Status.CONFIRMED);
    }
}
